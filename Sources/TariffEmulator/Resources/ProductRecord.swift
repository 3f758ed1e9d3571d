/// A product as the emulator stores it (`prod_…` or a custom id).
package struct ProductRecord: Sendable {
    package var id: String
    package var created: Int
    package var updated: Int
    package var name: String
    package var active = true
    package var description: String?
    package var defaultPrice: String?
    package var images: [String] = []
    package var marketingFeatures: [String] = []
    package var metadata: [String: String] = [:]
    package var shippable: Bool?
    package var statementDescriptor: String?
    package var taxCode: String?
    package var type = "service"
    package var unitLabel: String?
    package var url: String?

    /// Stripe's JSON for the product.
    package func json(livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("object", .string("product")),
            ("active", .bool(active)),
            ("created", .int(created)),
            ("default_price", .string(defaultPrice)),
            ("description", .string(description)),
            ("images", .array(images.map { .string($0) })),
            ("livemode", .bool(livemode)),
            ("marketing_features", .array(marketingFeatures.map { .object([("name", .string($0))]) })),
            ("metadata", .stringMap(metadata)),
            ("name", .string(name)),
            ("package_dimensions", .null),
            ("shippable", .bool(shippable)),
            ("statement_descriptor", .string(statementDescriptor)),
            ("tax_code", .string(taxCode)),
            ("type", .string(type)),
            ("unit_label", .string(unitLabel)),
            ("updated", .int(updated)),
            ("url", .string(url)),
        ])
    }
}
