/// The keys one object of the config language allows: the table both the Swift reader and the
/// published JSON Schema (`schema/tariff.schema.json`, `$defs/<name>`) are held to by a test.
struct SchemaObject: Sendable, Hashable {
    /// The object's name in the JSON Schema's `$defs` (`config` is the document root).
    let name: String
    let keys: [String]
}

extension SchemaObject {
    static let config = SchemaObject(
        name: "config", keys: ["version", "stripe", "id_mapping", "usage", "meters", "products"])
    static let stripe = SchemaObject(
        name: "stripe",
        keys: ["api_key", "api_version", "mode", "account", "namespace", "webhook"])
    static let webhook = SchemaObject(name: "webhook", keys: ["url", "events", "description"])
    static let idMapping = SchemaObject(
        name: "id_mapping", keys: ["company_id", "user_id", "on_missing"])
    static let meter = SchemaObject(
        name: "meter", keys: ["display_name", "event_name", "metric", "filter"])
    static let metric = SchemaObject(name: "metric", keys: ["aggregate", "field", "decimal"])
    static let decimalScaling = SchemaObject(name: "decimal_scaling", keys: ["scale", "round"])
    /// A filter node is either a combinator (`all`, `any`, `not`) or a condition on `field`.
    static let filter = SchemaObject(
        name: "filter",
        keys: ["all", "any", "not", "field"] + filterTests)
    static let filterTests = ["eq", "ne", "in", "not_in", "exists", "range", "prefix", "glob"]
    static let filterRange = SchemaObject(name: "filter_range", keys: ["gt", "gte", "lt", "lte"])
    static let product = SchemaObject(
        name: "product",
        keys: [
            "id", "name", "description", "metadata", "active", "default_price", "tax_code",
            "unit_label", "protected", "prices", "payg",
        ])
    static let pricingModels = ["flat", "per_unit", "graduated", "volume", "package"]
    static let price = SchemaObject(
        name: "price",
        keys: ["nickname", "currency", "interval", "interval_count", "meter"] + pricingModels + [
            "currency_options", "tax_behavior", "lookup_key", "metadata", "active", "protected",
            "on_change", "grants",
        ])
    static let currencyOption = SchemaObject(
        name: "currency_option", keys: pricingModels + ["tax_behavior"])
    static let tier = SchemaObject(name: "tier", keys: ["up_to", "unit_amount", "flat_amount"])
    static let package = SchemaObject(name: "package", keys: ["size", "amount", "round"])
    static let onChange = SchemaObject(name: "on_change", keys: ["subscribers", "proration"])
    static let grants = SchemaObject(
        name: "grants",
        keys: ["amount", "applies_to", "category", "priority", "expires_after", "mechanism"])
    static let payg = SchemaObject(name: "payg", keys: ["threshold", "reset_billing_cycle_anchor"])

    static let usage = SchemaObject(
        name: "usage", keys: ["events", "store", "window", "settle", "lookback", "source"])
    static let usageEvents = SchemaObject(name: "usage_events", keys: ["preset", "fields"])
    static let usageFields = SchemaObject(name: "usage_fields", keys: ["time", "company", "id"])
    static let usageSource = SchemaObject(name: "usage_source", keys: ["postgres"])
    static let postgresSource = SchemaObject(name: "postgres_source", keys: ["url", "table", "columns"])
    static let postgresColumns = SchemaObject(
        name: "postgres_columns", keys: ["time", "company", "id", "body"])

    /// Every object table, for the schema consistency test.
    static let all: [SchemaObject] = [
        config, stripe, webhook, idMapping, meter, metric, decimalScaling, filter, filterRange,
        product, price, currencyOption, tier, package, onChange, grants, payg, usage, usageEvents,
        usageFields,
        usageSource, postgresSource, postgresColumns,
    ]
}
