public import TariffConfig
public import TariffStripe

/// `tariff plan`'s pipeline in one call: compile the config, read the catalog, diff it to learn
/// which prices are touched, read only their subscriptions, diff again with them.
///
/// The stages:
/// 1. ``DesiredStateCompiler``: `Config` → ``DesiredState`` (pure);
/// 2. ``LiveStateReader/readCatalog()``: the account's catalog, lists run concurrently;
/// 3. ``Differ/touchedPriceIDs(desired:live:options:)``: which prices' subscribers matter;
/// 4. ``LiveStateReader/readSubscriptions(ofPrices:)``: those subscriptions, customers expanded;
/// 5. ``Differ/diff(desired:live:options:)``: the ``Plan``, with request statistics.
public struct Planner: Sendable {
    public let reader: LiveStateReader

    public init(client: StripeClient) {
        self.reader = LiveStateReader(client: client)
    }

    public init(reader: LiveStateReader) {
        self.reader = reader
    }

    /// The plan for `config`.
    public func plan(_ config: Config, options: PlanOptions) async throws -> Plan {
        try await plan(DesiredStateCompiler.compile(config), options: options)
    }

    /// The plan for an already compiled desired state.
    public func plan(_ desired: DesiredState, options: PlanOptions) async throws -> Plan {
        let before = reader.client.requestCounts.total
        var (live, pages) = try await reader.readCatalog()
        let touched = Differ.touchedPriceIDs(desired: desired, live: live, options: options)
        let auditEverything = options.auditAllSubscriptions && desired.idMapping.metadataKey != nil
        let (subscriptions, subscriptionPages) = try await reader.readSubscriptions(
            ofPrices: touched, everything: auditEverything)
        live.subscriptions = subscriptions
        var plan = Differ.diff(desired: desired, live: live, options: options)
        plan.statistics = PlanStatistics(
            requests: reader.client.requestCounts.total - before, minimumPages: pages + subscriptionPages)
        return plan
    }
}
