/// Reads a plan action's changed field names into the in-place changes apply sends.
///
/// Values come from the desired object, not from the plan's display values, so what is sent is
/// exactly what the config compiled to. An adopt also writes the whole marker metadata, which is
/// what makes the object Tariff's.
enum ApplyChanges {
    /// The `metadata.<key>` fields among `fields`, split into keys to set and keys to remove.
    private static func metadata(
        _ desired: [String: String], fields: Set<String>, adopt: Bool
    ) -> (set: [String: String], remove: Set<String>) {
        var set: [String: String] = adopt ? desired : [:]
        var remove: Set<String> = []
        for field in fields where field.hasPrefix("metadata.") {
            let key = String(field.dropFirst("metadata.".count))
            if let value = desired[key] { set[key] = value } else { remove.insert(key) }
        }
        return (set, remove)
    }

    static func product(_ product: DesiredProduct, fields: Set<String>, adopt: Bool) -> ProductChanges {
        var changes = ProductChanges()
        if fields.contains("name") { changes.name = product.name }
        if fields.contains("description") { changes.description = .some(product.description) }
        if fields.contains("active") { changes.active = product.active }
        if fields.contains("tax_code") { changes.taxCode = .some(product.taxCode) }
        if fields.contains("unit_label") { changes.unitLabel = .some(product.unitLabel) }
        (changes.setMetadata, changes.removeMetadata) = metadata(
            product.metadata, fields: fields, adopt: adopt)
        return changes
    }

    static func price(_ price: DesiredPrice, fields: Set<String>, adopt: Bool) -> PriceChanges {
        var changes = PriceChanges()
        if fields.contains("nickname") { changes.nickname = price.nickname ?? "" }
        if fields.contains("lookup_key") { changes.lookupKey = price.lookupKey }
        if fields.contains("tax_behavior") { changes.taxBehavior = price.taxBehavior }
        if fields.contains("active") { changes.active = price.active }
        if fields.contains(where: { $0 == "currency_options" || $0.hasPrefix("currency_options.") }) {
            changes.currencyOptions = price.currencyOptions
            changes.currencyOptionTaxBehavior = price.currencyOptionTaxBehavior
        }
        (changes.setMetadata, changes.removeMetadata) = metadata(price.metadata, fields: fields, adopt: adopt)
        return changes
    }

    static func webhook(_ webhook: DesiredWebhook, fields: Set<String>, adopt: Bool) -> WebhookChanges {
        var changes = WebhookChanges()
        if fields.contains("url") { changes.url = webhook.url }
        if fields.contains("enabled_events") { changes.enabledEvents = webhook.enabledEvents }
        if fields.contains("description") { changes.description = .some(webhook.description) }
        changes.enable = fields.contains("status") || fields.contains("disabled")
        (changes.setMetadata, changes.removeMetadata) = metadata(
            webhook.metadata, fields: fields, adopt: adopt)
        return changes
    }
}
