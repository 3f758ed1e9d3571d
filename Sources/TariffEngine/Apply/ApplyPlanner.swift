/// Plans for apply: the same stages as ``Planner``, keeping what apply needs besides the plan.
///
/// Apply must point a new price at an unchanged meter and a product at an unchanged default
/// price, objects that have no action in the plan; their ids come from the live state this
/// planner read anyway, so no extra request is needed.
public struct ApplyPlanner: Sendable {
    public let reader: LiveStateReader

    public init(reader: LiveStateReader) {
        self.reader = reader
    }

    /// A plan with the live ids of every declared object and the fingerprints of what was read.
    public struct Planned: Sendable {
        public var plan: Plan
        /// Live ids by address of the declared objects found in the account.
        public var knownIDs: [ResourceAddress: String]
        /// Fingerprints of the live objects as read now (for comparing with a saved plan).
        public var fingerprints: [ObjectFingerprint]
    }

    /// Reads the account and diffs it with `desired`.
    public func plan(_ desired: DesiredState, options: PlanOptions) async throws -> Planned {
        let before = reader.client.requestCounts.total
        var (live, pages) = try await reader.readCatalog()
        let touched = Differ.touchedPriceIDs(desired: desired, live: live, options: options)
        let auditEverything = options.auditAllSubscriptions && desired.idMapping.metadataKey != nil
        let (subscriptions, subscriptionPages) = try await reader.readSubscriptions(ofPrices: touched, everything: auditEverything)
        live.subscriptions = subscriptions
        var plan = Differ.diff(desired: desired, live: live, options: options)
        plan.statistics = PlanStatistics(
            requests: reader.client.requestCounts.total - before, minimumPages: pages + subscriptionPages)
        return Planned(plan: plan, knownIDs: Self.knownIDs(desired, live: live), fingerprints: Fingerprints.of(live))
    }

    /// The live id of each declared object, found by its natural key (DESIGN.md §3).
    static func knownIDs(_ desired: DesiredState, live: LiveState) -> [ResourceAddress: String] {
        let index = LiveIndex(live: live, namespace: desired.namespace)
        var ids: [ResourceAddress: String] = [:]
        for meter in desired.meters {
            if let found = index.metersByEventName[meter.eventName]?.first { ids[meter.address] = found.id }
        }
        for product in desired.products {
            if let found = index.productsByKey[product.key]?.first ?? index.productsByID[product.key] {
                ids[product.address] = found.id
            }
        }
        for price in desired.prices {
            let holders = index.pricesByLookupKey[price.lookupKey] ?? []
            if let found = holders.first(where: { index.isManaged($0.metadata) }) ?? holders.first {
                ids[price.address] = found.id
            }
        }
        return ids
    }
}
