/// Plans for apply with ``Planner`` (so `apply` plans exactly like `plan`), and keeps together what
/// apply needs besides the actions.
package struct ApplyPlanner: Sendable {
    package let reader: LiveStateReader

    package init(reader: LiveStateReader) {
        self.reader = reader
    }

    /// A plan with the live ids of the declared objects and the fingerprints of what was read.
    package struct Planned: Sendable {
        package var plan: Plan
        /// Live ids by address of the declared objects found in the account: a new price's
        /// unchanged meter, an unchanged default price.
        package var knownIDs: [ResourceAddress: String]
        /// Fingerprints of the live objects as read now (compared with a saved plan's).
        package var fingerprints: [ObjectFingerprint]
    }

    /// Reads the account and diffs it with `desired`.
    package func plan(_ desired: DesiredState, options: PlanOptions) async throws -> Planned {
        let plan = try await Planner(reader: reader).plan(desired, options: options)
        return Planned(plan: plan, knownIDs: plan.liveIDs, fingerprints: plan.fingerprints)
    }
}
