/// A field the diff compares and apply sends, by resource: the contract between the two stages.
///
/// The diff records a ``FieldChange`` per differing field; apply turns each into request
/// parameters in one exhaustive switch per resource (`ApplyChanges`); the renderers print
/// ``path``. So what the plan shows is what apply sends, and a new field without an apply path
/// does not compile.
package enum PlanField: Sendable, Hashable {
    case product(ProductField)
    case price(PriceField)
    case meter(MeterField)
    case webhook(WebhookField)
    case subscription(SubscriptionField)

    /// Stripe's parameter path (`unit_amount`, `recurring.interval`, `metadata.team`).
    package var path: String {
        switch self {
        case .product(let field): field.path
        case .price(let field): field.path
        case .meter(let field): field.path
        case .webhook(let field): field.path
        case .subscription(let field): field.path
        }
    }

    /// Stripe's rule for changing the field on a live object.
    package var policy: FieldPolicy {
        switch self {
        case .product(let field): field.policy
        case .price(let field): field.policy
        case .meter(let field): field.policy
        case .webhook(let field): field.policy
        case .subscription(let field): field.policy
        }
    }
}

/// How Stripe lets a field change on a live object.
package enum FieldPolicy: Sendable, Hashable {
    /// Sent on update; `clearable` when Stripe accepts an empty value to unset it.
    case updatable(clearable: Bool)
    /// Fixed at creation: a change forces a replacement.
    case createOnly
    /// Updatable while unset (`tax_behavior` from `unspecified`), then fixed.
    case updatableOnce
}

/// A product field.
package enum ProductField: Sendable, Hashable {
    /// The Stripe id (a create sets it to the YAML key).
    case id
    case name, description, active, taxCode, unitLabel, defaultPrice
    case metadata(String)

    package var path: String {
        switch self {
        case .id: "id"
        case .name: "name"
        case .description: "description"
        case .active: "active"
        case .taxCode: "tax_code"
        case .unitLabel: "unit_label"
        case .defaultPrice: "default_price"
        case .metadata(let key): "metadata.\(key)"
        }
    }

    package var policy: FieldPolicy {
        switch self {
        case .id: .createOnly
        case .name, .active: .updatable(clearable: false)
        case .description, .taxCode, .unitLabel, .defaultPrice, .metadata: .updatable(clearable: true)
        }
    }
}

/// A price field.
package enum PriceField: Sendable, Hashable {
    case product, currency, billingScheme, unitAmount, tiersMode, tiers
    case transformQuantityDivideBy, transformQuantityRound
    case recurringInterval, recurringIntervalCount, recurringUsageType, recurringMeter
    case taxBehavior
    case lookupKey, nickname, active
    /// One extra currency, by lowercase code.
    case currencyOption(String)
    /// The `tax_behavior` of one extra currency.
    case currencyOptionTaxBehavior(String)
    case metadata(String)

    package var path: String {
        switch self {
        case .product: "product"
        case .currency: "currency"
        case .billingScheme: "billing_scheme"
        case .unitAmount: "unit_amount"
        case .tiersMode: "tiers_mode"
        case .tiers: "tiers"
        case .transformQuantityDivideBy: "transform_quantity.divide_by"
        case .transformQuantityRound: "transform_quantity.round"
        case .recurringInterval: "recurring.interval"
        case .recurringIntervalCount: "recurring.interval_count"
        case .recurringUsageType: "recurring.usage_type"
        case .recurringMeter: "recurring.meter"
        case .taxBehavior: "tax_behavior"
        case .lookupKey: "lookup_key"
        case .nickname: "nickname"
        case .active: "active"
        case .currencyOption(let currency): "currency_options.\(currency)"
        case .currencyOptionTaxBehavior(let currency): "currency_options.\(currency).tax_behavior"
        case .metadata(let key): "metadata.\(key)"
        }
    }

    package var policy: FieldPolicy {
        switch self {
        case .product, .currency, .billingScheme, .unitAmount, .tiersMode, .tiers, .transformQuantityDivideBy,
            .transformQuantityRound, .recurringInterval, .recurringIntervalCount, .recurringUsageType,
            .recurringMeter:
            .createOnly
        case .taxBehavior, .currencyOptionTaxBehavior: .updatableOnce
        // A nickname cannot be emptied on update, so the YAML manages it only when it sets one.
        case .lookupKey, .nickname, .active: .updatable(clearable: false)
        case .currencyOption, .metadata: .updatable(clearable: true)
        }
    }
}

/// A billing meter field.
package enum MeterField: Sendable, Hashable, CaseIterable {
    case displayName, eventName, formula, customerPayloadKey, valuePayloadKey
    /// `active` or `inactive`: changed through the deactivate and reactivate endpoints.
    case status
    /// Pre-aggregation (`hour`, `day`): sent on create only; a live meter is never replaced
    /// for it.
    case eventTimeWindow

    package var path: String {
        switch self {
        case .displayName: "display_name"
        case .eventName: "event_name"
        case .formula: "default_aggregation.formula"
        case .customerPayloadKey: "customer_mapping.event_payload_key"
        case .valuePayloadKey: "value_settings.event_payload_key"
        case .status: "status"
        case .eventTimeWindow: "event_time_window"
        }
    }

    package var policy: FieldPolicy {
        switch self {
        case .displayName, .status: .updatable(clearable: false)
        case .eventName, .formula, .customerPayloadKey, .valuePayloadKey, .eventTimeWindow: .createOnly
        }
    }
}

/// A webhook endpoint field.
package enum WebhookField: Sendable, Hashable {
    case url, enabledEvents, description
    /// `enabled` or `disabled` (sent as `disabled`).
    case status
    case metadata(String)

    package var path: String {
        switch self {
        case .url: "url"
        case .enabledEvents: "enabled_events"
        case .description: "description"
        case .status: "status"
        case .metadata(let key): "metadata.\(key)"
        }
    }

    package var policy: FieldPolicy {
        switch self {
        case .url, .enabledEvents, .status: .updatable(clearable: false)
        case .description, .metadata: .updatable(clearable: true)
        }
    }
}

/// A subscription item field (what a migration moves).
package enum SubscriptionField: Sendable, Hashable, CaseIterable {
    case price

    package var path: String {
        switch self {
        case .price: "price"
        }
    }

    package var policy: FieldPolicy {
        switch self {
        case .price: .updatable(clearable: false)
        }
    }
}

// Every case of each field enum, keyed cases with a sample key, so tests can prove each field has
// a path from diff to apply to the rendered rows: adding a case without extending `Kind` does not
// compile, and `Kind` is `CaseIterable`.

extension ProductField {
    /// The cases without their keys.
    package enum Kind: CaseIterable {
        case id, name, description, active, taxCode, unitLabel, defaultPrice, metadata
    }

    package var kind: Kind {
        switch self {
        case .id: .id
        case .name: .name
        case .description: .description
        case .active: .active
        case .taxCode: .taxCode
        case .unitLabel: .unitLabel
        case .defaultPrice: .defaultPrice
        case .metadata: .metadata
        }
    }

    /// One field of every kind (`metadata.team` for metadata).
    package static var samples: [ProductField] {
        Kind.allCases.map { kind in
            switch kind {
            case .id: .id
            case .name: .name
            case .description: .description
            case .active: .active
            case .taxCode: .taxCode
            case .unitLabel: .unitLabel
            case .defaultPrice: .defaultPrice
            case .metadata: .metadata("team")
            }
        }
    }
}

extension PriceField {
    /// The cases without their keys.
    package enum Kind: CaseIterable {
        case product, currency, billingScheme, unitAmount, tiersMode, tiers
        case transformQuantityDivideBy, transformQuantityRound
        case recurringInterval, recurringIntervalCount, recurringUsageType, recurringMeter
        case taxBehavior, lookupKey, nickname, active, currencyOption, currencyOptionTaxBehavior, metadata
    }

    package var kind: Kind {
        switch self {
        case .product: .product
        case .currency: .currency
        case .billingScheme: .billingScheme
        case .unitAmount: .unitAmount
        case .tiersMode: .tiersMode
        case .tiers: .tiers
        case .transformQuantityDivideBy: .transformQuantityDivideBy
        case .transformQuantityRound: .transformQuantityRound
        case .recurringInterval: .recurringInterval
        case .recurringIntervalCount: .recurringIntervalCount
        case .recurringUsageType: .recurringUsageType
        case .recurringMeter: .recurringMeter
        case .taxBehavior: .taxBehavior
        case .lookupKey: .lookupKey
        case .nickname: .nickname
        case .active: .active
        case .currencyOption: .currencyOption
        case .currencyOptionTaxBehavior: .currencyOptionTaxBehavior
        case .metadata: .metadata
        }
    }

    /// One field of every kind (`currency_options.eur`, `metadata.team` for the keyed ones).
    package static var samples: [PriceField] {
        Kind.allCases.map { kind in
            switch kind {
            case .product: .product
            case .currency: .currency
            case .billingScheme: .billingScheme
            case .unitAmount: .unitAmount
            case .tiersMode: .tiersMode
            case .tiers: .tiers
            case .transformQuantityDivideBy: .transformQuantityDivideBy
            case .transformQuantityRound: .transformQuantityRound
            case .recurringInterval: .recurringInterval
            case .recurringIntervalCount: .recurringIntervalCount
            case .recurringUsageType: .recurringUsageType
            case .recurringMeter: .recurringMeter
            case .taxBehavior: .taxBehavior
            case .lookupKey: .lookupKey
            case .nickname: .nickname
            case .active: .active
            case .currencyOption: .currencyOption("eur")
            case .currencyOptionTaxBehavior: .currencyOptionTaxBehavior("eur")
            case .metadata: .metadata("team")
            }
        }
    }
}

extension WebhookField {
    /// The cases without their keys.
    package enum Kind: CaseIterable { case url, enabledEvents, description, status, metadata }

    package var kind: Kind {
        switch self {
        case .url: .url
        case .enabledEvents: .enabledEvents
        case .description: .description
        case .status: .status
        case .metadata: .metadata
        }
    }

    /// One field of every kind (`metadata.team` for metadata).
    package static var samples: [WebhookField] {
        Kind.allCases.map { kind in
            switch kind {
            case .url: .url
            case .enabledEvents: .enabledEvents
            case .description: .description
            case .status: .status
            case .metadata: .metadata("team")
            }
        }
    }
}
