/// Plans for apply with ``Planner`` (so `apply` plans exactly like `plan`), and keeps together what
/// apply needs besides the actions.
public struct ApplyPlanner: Sendable {
    public let reader: LiveStateReader

    public init(reader: LiveStateReader) {
        self.reader = reader
    }

    /// A plan with the live ids of the declared objects and the fingerprints of what was read.
    public struct Planned: Sendable {
        public var plan: Plan
        /// Live ids by address of the declared objects found in the account: a new price's
        /// unchanged meter, an unchanged default price.
        public var knownIDs: [ResourceAddress: String]
        /// Fingerprints of the live objects as read now (compared with a saved plan's).
        public var fingerprints: [ObjectFingerprint]
    }

    /// Reads the account and diffs it with `desired`.
    public func plan(_ desired: DesiredState, options: PlanOptions) async throws -> Planned {
        let plan = try await Planner(reader: reader).plan(desired, options: options)
        return Planned(plan: plan, knownIDs: plan.liveIDs, fingerprints: plan.fingerprints)
    }
}
