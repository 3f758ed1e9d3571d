package import TariffConfig
package import TariffStripe

/// `tariff plan`'s pipeline in one call: compile the config, read the catalog, plan the catalog,
/// read the subscriptions of the prices it touches, plan the subscribers.
///
/// The stages:
/// 1. ``DesiredStateCompiler``: `Config` → ``DesiredState`` (pure);
/// 2. ``LiveStateReader/readCatalog()``: the account's catalog, lists run concurrently;
/// 3. ``Differ/planCatalog(desired:live:options:)``: the catalog actions → ``CatalogPlan``, which
///    names the prices whose subscribers matter;
/// 4. ``LiveStateReader/readSubscriptions(ofPrices:everything:)``: those subscriptions, customers
///    expanded, by the cheaper of two strategies;
/// 5. ``Differ/planSubscribers(_:subscriptions:)``: impact, migrations, audit → the ``Plan``, with
///    request statistics.
package struct Planner: Sendable {
    package let reader: LiveStateReader

    package init(client: StripeClient) {
        self.reader = LiveStateReader(client: client)
    }

    package init(reader: LiveStateReader) {
        self.reader = reader
    }

    /// The plan for `config`.
    package func plan(_ config: Config, options: PlanOptions) async throws -> Plan {
        try await plan(DesiredStateCompiler.compile(config), options: options)
    }

    /// The plan for an already compiled desired state.
    package func plan(_ desired: DesiredState, options: PlanOptions) async throws -> Plan {
        let before = reader.client.requestCounts.total
        let (live, pages) = try await reader.readCatalog()
        let catalog = Differ.planCatalog(desired: desired, live: live, options: options)
        let auditEverything = options.auditAllSubscriptions && catalog.auditsMetadata
        let read = try await reader.readSubscriptions(
            ofPrices: catalog.touchedPriceIDs, everything: auditEverything)
        var plan = Differ.planSubscribers(catalog, subscriptions: read.subscriptions)
        plan.statistics = PlanStatistics(
            requests: reader.client.requestCounts.total - before, minimumPages: pages + read.minimumPages,
            subscriptionReads: read.statistics)
        return plan
    }
}
