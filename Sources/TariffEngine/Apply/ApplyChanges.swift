/// Turns an action's typed field changes into the in-place changes apply sends: one exhaustive
/// switch per resource, so every field the diff can change has exactly one way to Stripe.
///
/// Values come from the desired object, not from the plan's display values, so what is sent is
/// exactly what the config compiled to. Create-only fields never reach an update: the diff plans
/// a replacement for them, whose create sends the whole object. An adopt also writes the whole
/// marker metadata, which is what makes the object Tariff's.
enum ApplyChanges {
    /// A product's update, and whether its default price must be (re)pointed.
    struct Product {
        var update = ProductChanges()
        var setsDefaultPrice = false
    }

    /// A meter's update: a new display name, and whether to reactivate it.
    struct Meter: Equatable {
        var displayName: String?
        var reactivate = false

        var isEmpty: Bool { displayName == nil && !reactivate }
    }

    static func product(_ product: DesiredProduct, changes: [FieldChange], adopt: Bool) -> Product {
        var result = Product()
        if adopt { result.update.setMetadata = product.metadata }
        for change in changes {
            guard case .product(let field) = change.field else { continue }
            switch field {
            case .name: result.update.name = product.name
            case .description: result.update.description = .some(product.description)
            case .active: result.update.active = product.active
            case .taxCode: result.update.taxCode = .some(product.taxCode)
            case .unitLabel: result.update.unitLabel = .some(product.unitLabel)
            case .defaultPrice: result.setsDefaultPrice = true
            case .metadata(let key):
                metadata(
                    key, in: product.metadata, set: &result.update.setMetadata,
                    remove: &result.update.removeMetadata)
            case .id:
                // The id is the YAML key, fixed at creation.
                break
            }
        }
        return result
    }

    static func price(_ price: DesiredPrice, changes: [FieldChange], adopt: Bool) -> PriceChanges {
        var result = PriceChanges()
        if adopt { result.setMetadata = price.metadata }
        for change in changes {
            guard case .price(let field) = change.field else { continue }
            switch field {
            case .nickname: result.nickname = price.nickname
            case .lookupKey: result.lookupKey = price.lookupKey
            case .taxBehavior: result.taxBehavior = price.taxBehavior
            case .active: result.active = price.active
            case .currencyOption, .currencyOptionTaxBehavior:
                // Stripe takes the extra currencies as a whole.
                result.currencyOptions = price.currencyOptions
                result.currencyOptionTaxBehavior = price.currencyOptionTaxBehavior
            case .metadata(let key):
                metadata(key, in: price.metadata, set: &result.setMetadata, remove: &result.removeMetadata)
            case .product, .currency, .billingScheme, .unitAmount, .tiersMode, .tiers,
                .transformQuantityDivideBy,
                .transformQuantityRound, .recurringInterval, .recurringIntervalCount, .recurringUsageType,
                .recurringMeter:
                // Create-only: the replacement's create sends them.
                break
            }
        }
        return result
    }

    static func meter(_ meter: DesiredMeter, changes: [FieldChange]) -> Meter {
        var result = Meter()
        for change in changes {
            guard case .meter(let field) = change.field else { continue }
            switch field {
            case .displayName: result.displayName = meter.displayName
            case .status: result.reactivate = true
            case .eventName, .formula, .customerPayloadKey, .valuePayloadKey, .eventTimeWindow:
                // Create-only: the replacement's create sends them.
                break
            }
        }
        return result
    }

    static func webhook(_ webhook: DesiredWebhook, changes: [FieldChange], adopt: Bool) -> WebhookChanges {
        var result = WebhookChanges()
        if adopt { result.setMetadata = webhook.metadata }
        for change in changes {
            guard case .webhook(let field) = change.field else { continue }
            switch field {
            case .url: result.url = webhook.url
            case .enabledEvents: result.enabledEvents = webhook.enabledEvents
            case .description: result.description = .some(webhook.description)
            case .status: result.enable = true
            case .metadata(let key):
                metadata(key, in: webhook.metadata, set: &result.setMetadata, remove: &result.removeMetadata)
            }
        }
        return result
    }

    /// One metadata key: set to the declared value, or removed when the YAML no longer has it.
    private static func metadata(
        _ key: String, in desired: [String: String], set: inout [String: String], remove: inout Set<String>
    ) {
        if let value = desired[key] { set[key] = value } else { remove.insert(key) }
    }
}
