import TariffStripe

/// Turns an account's catalog (``LiveState``) into an ``ImportedCatalog``: what `tariff import`
/// writes as YAML. Pure; the CLI reads the account and writes the files.
///
/// Whatever Tariff cannot express is listed in ``ImportedCatalog/skipped`` with the reason;
/// archived objects are counted and left out unless ``Options/includeArchived``.
package struct CatalogImporter: Sendable {
    /// `tariff import`'s choices.
    package struct Options: Sendable, Hashable {
        /// The `stripe.namespace` of the config to write (and of the markers `--adopt` writes).
        package var namespace: String?
        /// Also import archived products and prices (as `active: false`).
        package var includeArchived: Bool

        package init(namespace: String? = nil, includeArchived: Bool = false) {
            self.namespace = namespace
            self.includeArchived = includeArchived
        }
    }

    package let options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// The catalog to write for `live`.
    package func importCatalog(from live: LiveState) -> ImportedCatalog {
        var catalog = ImportedCatalog(
            accountID: live.account.id, livemode: live.account.livemode, namespace: options.namespace)
        let meterKeys = importMeters(live.meters, into: &catalog)
        importProducts(live, meterKeys: meterKeys, into: &catalog)
        importWebhook(live.webhooks, into: &catalog)
        return catalog
    }

    /// Why an object marked by Tariff cannot be imported under this namespace, if it cannot.
    func foreignReason(_ metadata: [String: String]) -> String? {
        guard OwnershipMarker.ownership(of: metadata, namespace: options.namespace) == .foreign else {
            return nil
        }
        let owner =
            metadata[OwnershipMarker.namespaceField].map { "namespace '\($0)'" }
            ?? "a config without a namespace"
        return "managed by Tariff under \(owner); import with that --namespace instead"
    }

    /// Meters by event name; returns the key of each imported meter by live id.
    private func importMeters(_ meters: [LiveMeter], into catalog: inout ImportedCatalog) -> [String: String]
    {
        var keys = ImportKeys()
        var byID: [String: String] = [:]
        for meter in meters.sorted(by: { ($0.created, $0.id) < ($1.created, $1.id) }) {
            func skip(_ reason: String) {
                catalog.skipped.append(
                    ImportSkip(kind: "meter", id: meter.id, label: meter.displayName, reason: reason))
            }
            if meter.status != .active {
                if options.includeArchived {
                    skip("inactive: Tariff declares only active meters, and a declared meter is reactivated")
                } else {
                    catalog.archivedLeftOut += 1
                }
                continue
            }
            let aggregate: String
            switch meter.formula.known {
            case .sum?: aggregate = "count"
            case .last?: aggregate = "last"
            case .count?, nil:
                skip(
                    "aggregation '\(meter.formula.rawValue)' has no Tariff metric (Tariff's metrics compile to sum or last)"
                )
                continue
            }
            guard meter.customerPayloadKey == "stripe_customer_id", meter.valuePayloadKey == "value" else {
                skip(
                    "payload keys '\(meter.customerPayloadKey)'/'\(meter.valuePayloadKey)': Tariff's meters use "
                        + "'stripe_customer_id' and 'value'")
                continue
            }
            let slug = ImportKeys.slug(meter.eventName)
            let key = keys.claim(slug.isEmpty ? "meter" : slug)
            byID[meter.id] = key
            catalog.meters.append(
                ImportedMeter(
                    key: key, liveID: meter.id, displayName: meter.displayName, eventName: meter.eventName,
                    aggregate: aggregate, field: aggregate == "count" ? nil : "value"))
        }
        return byID
    }

    /// The one webhook endpoint a config declares: the managed one, else the oldest enabled one.
    private func importWebhook(_ webhooks: [LiveWebhook], into catalog: inout ImportedCatalog) {
        let ordered = webhooks.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        let managed = ordered.first {
            OwnershipMarker.ownership(of: $0.metadata, namespace: options.namespace)
                == .managed(key: OwnershipMarker.webhookKey)
        }
        var chosen: LiveWebhook?
        for webhook in ordered {
            func skip(_ reason: String) {
                catalog.skipped.append(
                    ImportSkip(kind: "webhook endpoint", id: webhook.id, label: webhook.url, reason: reason))
            }
            if let reason = foreignReason(webhook.metadata) {
                skip(reason)
            } else if webhook.status != .enabled {
                if options.includeArchived {
                    skip("disabled: a declared endpoint is enabled")
                } else {
                    catalog.archivedLeftOut += 1
                }
            } else if !webhook.url.lowercased().hasPrefix("https://") {
                skip("not https: Tariff declares only https endpoints")
            } else if chosen != nil || (managed != nil && managed?.id != webhook.id) {
                skip(
                    "a config declares one webhook endpoint, and \((managed ?? chosen)?.id ?? "another") is imported"
                )
            } else {
                chosen = webhook
            }
        }
        if let chosen {
            catalog.webhook = ImportedWebhook(
                liveID: chosen.id, url: chosen.url, events: chosen.enabledEvents.sorted(),
                description: chosen.description)
        }
    }
}
