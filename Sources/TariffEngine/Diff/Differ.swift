import TariffDiagnostics

/// The diff stage: desired state + live state → ``Plan``. Pure and deterministic.
///
/// Two named stages, each reading only what it needs:
/// 1. ``planCatalog(desired:live:options:)``: the account check (a wrong account or mode stops
///    everything), then meters, products, prices (which need to know which meters are new),
///    default prices, the webhook and `--prune`. It reads the catalog only and names the live
///    prices whose subscribers matter (``CatalogPlan/touchedPriceIDs``).
/// 2. ``planSubscribers(_:subscriptions:)``: subscriber impact, migrations and the id-mapping
///    audit, from the subscriptions of those prices.
///
/// The planner reads subscriptions between the two stages, so the catalog is diffed once.
package enum Differ {
    /// The plan that brings `live` to `desired`: both stages, with `live.subscriptions` as the
    /// subscriptions read.
    package static func diff(desired: DesiredState, live: LiveState, options: PlanOptions = PlanOptions())
        -> Plan
    {
        var catalogOnly = live
        catalogOnly.subscriptions = []
        let catalog = planCatalog(desired: desired, live: catalogOnly, options: options)
        return planSubscribers(catalog, subscriptions: live.subscriptions)
    }

    /// Stage 1: the catalog actions, from a live state whose subscriptions are not read yet.
    package static func planCatalog(
        desired: DesiredState, live: LiveState, options: PlanOptions = PlanOptions()
    ) -> CatalogPlan {
        var builder = PlanBuilder(desired: desired, live: live, options: options)
        let proceeds = builder.buildCatalog()
        return CatalogPlan(builder: builder, proceeds: proceeds)
    }

    /// Stage 2: subscriber impact, migrations and the audit on top of the catalog plan.
    package static func planSubscribers(_ catalog: CatalogPlan, subscriptions: [LiveSubscription]) -> Plan {
        var builder = catalog.builder
        builder.live.subscriptions = subscriptions
        if catalog.proceeds { builder.buildSubscribers() }
        return builder.plan
    }
}

/// The output of the catalog stage: the catalog actions, and what the subscriber stage needs.
package struct CatalogPlan: Sendable {
    var builder: PlanBuilder
    /// Whether the account check passed; when it did not, the subscriber stage adds nothing.
    let proceeds: Bool

    /// The catalog actions so far (no subscriber impact, no migrations).
    package var plan: Plan { builder.plan }

    /// The ids of live prices whose subscriptions the plan needs (the old prices of replace
    /// actions and the prices of archive actions), in plan order, so the reader lists
    /// subscriptions for those only.
    package var touchedPriceIDs: [String] {
        var ids: [String] = []
        for action in builder.plan.actions {
            switch action.operation {
            case .replace(.price, let replacement): ids.append(replacement.oldID)
            case .archive(.price(let id, _, _)): ids.append(id)
            case .create, .update, .defaultPrice, .replace(.meter, _), .archive, .adopt, .migrate: break
            }
        }
        return ids
    }

    /// Whether the id-mapping audit reads customer metadata (it needs every subscription when
    /// `--audit all` is on).
    package var auditsMetadata: Bool { builder.desired.idMapping.metadataKey != nil }
}
