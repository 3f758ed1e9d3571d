import TariffStripe

/// The live state indexed by identity (DESIGN.md §3), built once per diff.
struct LiveIndex {
    /// Managed products by `tariff_key`, active first, then newest.
    var productsByKey: [String: [LiveProduct]] = [:]
    var productsByID: [String: LiveProduct] = [:]
    /// Live prices by lookup key.
    var pricesByLookupKey: [String: [LivePrice]] = [:]
    /// Managed prices by `tariff_key` (`product.price`), active first, then newest.
    var pricesByKey: [String: [LivePrice]] = [:]
    var pricesByID: [String: LivePrice] = [:]
    var metersByEventName: [String: [LiveMeter]] = [:]
    var metersByID: [String: LiveMeter] = [:]
    var webhooksByURL: [String: [LiveWebhook]] = [:]
    /// Managed webhooks (marker `tariff_key=webhook`).
    var managedWebhooks: [LiveWebhook] = []
    let namespace: String?

    init(live: LiveState, namespace: String?) {
        self.namespace = namespace
        let preferred: (Bool, Int, Bool, Int) -> Bool = { lhsActive, lhsCreated, rhsActive, rhsCreated in
            lhsActive != rhsActive ? lhsActive : lhsCreated > rhsCreated
        }
        for product in live.products {
            productsByID[product.id] = product
            if case .managed(let key) = OwnershipMarker.ownership(of: product.metadata, namespace: namespace)
            {
                productsByKey[key, default: []].append(product)
            }
        }
        for key in productsByKey.keys {
            productsByKey[key]?.sort { preferred($0.active, $0.created, $1.active, $1.created) }
        }
        for price in live.prices {
            pricesByID[price.id] = price
            if let lookupKey = price.lookupKey { pricesByLookupKey[lookupKey, default: []].append(price) }
            if case .managed(let key) = OwnershipMarker.ownership(of: price.metadata, namespace: namespace) {
                pricesByKey[key, default: []].append(price)
            }
        }
        for key in pricesByKey.keys {
            pricesByKey[key]?.sort { preferred($0.active, $0.created, $1.active, $1.created) }
        }
        for meter in live.meters {
            metersByID[meter.id] = meter
            metersByEventName[meter.eventName, default: []].append(meter)
        }
        for name in metersByEventName.keys {
            metersByEventName[name]?.sort {
                preferred($0.status == .active, $0.created, $1.status == .active, $1.created)
            }
        }
        for webhook in live.webhooks {
            webhooksByURL[webhook.url, default: []].append(webhook)
            if OwnershipMarker.ownership(of: webhook.metadata, namespace: namespace)
                == .managed(key: OwnershipMarker.webhookKey)
            {
                managedWebhooks.append(webhook)
            }
        }
    }

    /// Whether `metadata` marks the object as this config's.
    func isManaged(_ metadata: [String: String]) -> Bool {
        if case .managed = OwnershipMarker.ownership(of: metadata, namespace: namespace) { return true }
        return false
    }

    /// Why an object with `metadata` is not this config's.
    func unmanagedReason(_ metadata: [String: String]) -> UnmanagedReason {
        OwnershipMarker.ownership(of: metadata, namespace: namespace) == .foreign
            ? .otherNamespace : .noMarker
    }
}
