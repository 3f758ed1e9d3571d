package import TariffStripe

/// `tariff import --adopt`: takes an imported catalog over, showing the plan before it writes.
///
/// Three steps: (1) a price without a lookup key gets the key its YAML entry has — Tariff finds
/// prices by lookup key, so this is part of the ownership marker; (2) the config is planned with
/// `adopt` on, which must hold only `<=` adopt actions; (3) those actions are applied, writing
/// `tariff_key` / `tariff_namespace` metadata and nothing else.
package struct ImportAdoption: Sendable {
    package let client: StripeClient

    package init(client: StripeClient) {
        self.client = client
    }

    /// Step 1: writes the missing lookup keys; returns how many were set.
    @discardableResult
    package func setLookupKeys(_ catalog: ImportedCatalog) async throws -> Int {
        for (priceID, lookupKey) in catalog.lookupKeysToSet.sorted(by: { $0.key < $1.key }) {
            _ = try await client.updatePrice(priceID, PriceUpdateParams(lookupKey: lookupKey))
        }
        return catalog.lookupKeysToSet.count
    }

    /// Step 2: the adopt plan for the imported config.
    package func plan(_ desired: DesiredState, configDigest: String = "") async throws -> ApplyPlanner.Planned
    {
        try await ApplyPlanner(reader: LiveStateReader(client: client))
            .plan(desired, options: PlanOptions(adopt: true, configDigest: configDigest))
    }

    /// The actions of `plan` that are not adoptions; import refuses to apply when there are any.
    /// Before step 1, a price still waiting for its lookup key plans as a create; that one is
    /// expected.
    package static func unexpected(in plan: Plan, before catalog: ImportedCatalog? = nil) -> [PlanAction] {
        let waiting = Set(
            (catalog?.products ?? []).flatMap { product in
                product.prices.filter { catalog?.lookupKeysToSet[$0.liveID] != nil }
                    .map { ResourceAddress.price(product: product.key, price: $0.key) }
            })
        return plan.actions.filter { action in
            action.kind != .adopt && !(action.kind == .create && waiting.contains(action.address))
        }
    }

    /// Step 3: applies an adopt-only plan.
    package func apply(_ planned: ApplyPlanner.Planned) async -> ApplyReport {
        await ApplyExecutor(
            plan: planned.plan, client: client, options: ApplyOptions(knownIDs: planned.knownIDs)
        ).run()
    }
}
