import TariffStripe

extension PlanBuilder {
    /// `--prune`: archive active managed objects that the YAML no longer declares. Meters count as
    /// managed when a managed price uses them (meters carry no marker of their own).
    mutating func planPrune() {
        let declaredPrices = Set(
            desired.prices.map { OwnershipMarker.priceKey(product: $0.productKey, price: $0.key) })
        for price in live.prices where price.active && !claimed.contains(price.id) {
            guard
                case .managed(let key) = OwnershipMarker.ownership(
                    of: price.metadata, namespace: desired.namespace),
                !declaredPrices.contains(key)
            else { continue }
            add(
                pruneAction(
                    .price(liveID: price.id, impact: nil, successor: nil),
                    address: Self.address(ofPriceKey: key),
                    label: price.nickname ?? price.lookupKey ?? key))
        }
        let declaredProducts = Set(desired.products.map(\.key))
        for product in live.products where product.active && !claimed.contains(product.id) {
            guard
                case .managed(let key) = OwnershipMarker.ownership(
                    of: product.metadata, namespace: desired.namespace),
                !declaredProducts.contains(key)
            else { continue }
            add(
                pruneAction(
                    .product(liveID: product.id), address: .product(key), label: product.name))
        }
        for meter in managedUndeclaredMeters() where meter.status == .active && !claimed.contains(meter.id) {
            add(
                pruneAction(
                    .meter(liveID: meter.id), address: ResourceAddress("meters.(\(meter.eventName))"),
                    label: meter.displayName))
        }
        if desired.webhook == nil {
            for webhook in index.managedWebhooks where webhook.status == .enabled {
                add(
                    pruneAction(
                        .webhookEndpoint(liveID: webhook.id), address: .webhook, label: webhook.url))
            }
        }
    }

    /// Live meters that managed prices use but no declared meter matches.
    func managedUndeclaredMeters() -> [LiveMeter] {
        let declared = Set(desired.meters.map(\.eventName))
        var seen: Set<String> = []
        var meters: [LiveMeter] = []
        for price in live.prices where index.isManaged(price.metadata) {
            guard let id = price.recurring?.meterID, let meter = index.metersByID[id],
                !declared.contains(meter.eventName),
                seen.insert(id).inserted
            else { continue }
            meters.append(meter)
        }
        return meters
    }

    /// The address a price's `tariff_key` (`product.price`) names.
    static func address(ofPriceKey key: String) -> ResourceAddress {
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return ResourceAddress("products.(\(key))") }
        return .price(product: parts[0], price: parts[1])
    }

    /// The archive of a managed object the YAML no longer declares; the changed field (`active`,
    /// or `status` for meters and webhook endpoints) follows from the object.
    private func pruneAction(_ object: ArchivedObject, address: ResourceAddress, label: String) -> PlanAction
    {
        let (field, before, after): (PlanField, PlanValue, PlanValue)
        switch object {
        case .meter:
            (field, before, after) = (
                .meter(.status), .string(StripeMeterStatus.active.rawValue),
                .string(StripeMeterStatus.inactive.rawValue)
            )
        case .webhookEndpoint:
            (field, before, after) = (
                .webhook(.status), .string(StripeWebhookStatus.enabled.rawValue),
                .string(StripeWebhookStatus.disabled.rawValue)
            )
        case .product:
            (field, before, after) = (.product(.active), .bool(true), .bool(false))
        case .price:
            (field, before, after) = (.price(.active), .bool(true), .bool(false))
        }
        return PlanAction(
            .archive(object), address: address, label: label,
            reasons: [
                ActionReason(
                    .pruned, "managed by Tariff but no longer declared in the YAML (--prune)",
                    field: field.path)
            ],
            changes: [FieldChange(field: field, before: before, after: after)])
    }

    /// Unmarked live objects (listed, never changed) and archived previous versions of managed
    /// prices (history).
    mutating func listUnmanagedAndHistory() {
        let conflicts = naturalKeyConflicts()
        for product in live.products where !claimed.contains(product.id) && !index.isManaged(product.metadata)
        {
            plan.unmanaged.append(
                UnmanagedObject(
                    resource: .product, id: product.id, label: product.name, naturalKey: product.id,
                    reason: index.unmanagedReason(product.metadata), conflictsWith: conflicts[product.id],
                    active: product.active))
        }
        for price in live.prices where !claimed.contains(price.id) {
            if case .managed(let key) = OwnershipMarker.ownership(
                of: price.metadata, namespace: desired.namespace)
            {
                if !price.active && price.lookupKey == nil {
                    plan.history.append(
                        HistoricalObject(
                            resource: .price, id: price.id, address: Self.address(ofPriceKey: key),
                            label: price.nickname ?? key, created: price.created))
                }
                continue
            }
            plan.unmanaged.append(
                UnmanagedObject(
                    resource: .price, id: price.id, label: price.nickname ?? price.lookupKey ?? price.id,
                    naturalKey: price.lookupKey, reason: index.unmanagedReason(price.metadata),
                    conflictsWith: conflicts[price.id], active: price.active))
        }
        let usedMeters = Set(managedUndeclaredMeters().map(\.id))
        for meter in live.meters where !claimed.contains(meter.id) && !usedMeters.contains(meter.id) {
            plan.unmanaged.append(
                UnmanagedObject(
                    resource: .meter, id: meter.id, label: meter.displayName, naturalKey: meter.eventName,
                    reason: .noMarker, active: meter.status == .active))
        }
        for webhook in live.webhooks where !claimed.contains(webhook.id) && !index.isManaged(webhook.metadata)
        {
            plan.unmanaged.append(
                UnmanagedObject(
                    resource: .webhookEndpoint, id: webhook.id, label: webhook.url, naturalKey: webhook.url,
                    reason: index.unmanagedReason(webhook.metadata), conflictsWith: conflicts[webhook.id],
                    active: webhook.status == .enabled))
        }
        plan.history.sort { ($0.address, $0.created) < ($1.address, $1.created) }
    }

    /// Unmarked objects holding a declared natural key, by id → the declaring address.
    private func naturalKeyConflicts() -> [String: ResourceAddress] {
        var conflicts: [String: ResourceAddress] = [:]
        for product in desired.products {
            if let holder = index.productsByID[product.stripeID], !index.isManaged(holder.metadata) {
                conflicts[holder.id] = product.address
            }
        }
        for price in desired.prices {
            for holder in index.pricesByLookupKey[price.lookupKey] ?? []
            where !index.isManaged(holder.metadata) {
                conflicts[holder.id] = price.address
            }
        }
        if let webhook = desired.webhook {
            for holder in index.webhooksByURL[webhook.url] ?? [] where !index.isManaged(holder.metadata) {
                conflicts[holder.id] = .webhook
            }
        }
        return conflicts
    }
}
