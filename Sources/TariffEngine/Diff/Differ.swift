import TariffDiagnostics

/// The diff stage: desired state + live state → ``Plan``. Pure and deterministic.
///
/// Order of work mirrors apply's order: the account check first (a wrong account or mode stops
/// everything), then meters, products, prices (which need to know which meters are new), default
/// prices, the webhook, `--prune`, and last the subscription-dependent parts (impact counts,
/// migrations, the id-mapping audit), which read only `live.subscriptions`.
public enum Differ {
    /// The plan that brings `live` to `desired`.
    public static func diff(desired: DesiredState, live: LiveState, options: PlanOptions = PlanOptions())
        -> Plan
    {
        var builder = PlanBuilder(desired: desired, live: live, options: options)
        builder.build()
        return builder.plan
    }

    /// The ids of live prices whose subscriptions the plan needs (replaced, archived or migrated
    /// prices), so the reader can list subscriptions for those only.
    public static func touchedPriceIDs(
        desired: DesiredState, live: LiveState, options: PlanOptions = PlanOptions()
    ) -> [String] {
        var catalogOnly = live
        catalogOnly.subscriptions = []
        let plan = diff(desired: desired, live: catalogOnly, options: options)
        return plan.touchedPriceIDs
    }
}

extension Plan {
    /// The old prices of replace actions and the prices of archive actions.
    var touchedPriceIDs: [String] {
        var ids: [String] = []
        for action in actions where action.resource == .price {
            switch action.kind {
            case .replace, .archive: if let id = action.liveID { ids.append(id) }
            default: break
            }
        }
        return ids
    }
}
