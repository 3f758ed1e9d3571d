/// A product of the catalog (`/v1/products`).
package struct StripeProduct: StripeIdentifiable, Hashable {
    package let id: String
    package let name: String
    package let description: String?
    package let active: Bool
    package let metadata: [String: String]
    /// The default price: an id, or the price itself when `expand[]=default_price` was sent.
    package let defaultPrice: StripeExpandable<StripePrice>?
    /// The tax code id (`txcd_…`), whether or not it was expanded.
    package let taxCode: String?
    package let unitLabel: String?
    package let type: StripeEnum<StripeProductType>?
    package let created: Int
    package let updated: Int?
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, name, description, active, metadata, type, created, updated, livemode
        case defaultPrice = "default_price"
        case taxCode = "tax_code"
        case unitLabel = "unit_label"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        description = try container.decodeIfPresent(String.self, forKey: .description)
        active = try container.decodeIfPresent(Bool.self, forKey: .active) ?? true
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        defaultPrice = try container.decodeIfPresent(
            StripeExpandable<StripePrice>.self, forKey: .defaultPrice)
        taxCode = try container.decodeIfPresent(
            StripeExpandable<StripeObjectReference>.self, forKey: .taxCode)?.id
        unitLabel = try container.decodeIfPresent(String.self, forKey: .unitLabel)
        type = try container.decodeIfPresent(StripeEnum<StripeProductType>.self, forKey: .type)
        created = try container.decodeIfPresent(Int.self, forKey: .created) ?? 0
        updated = try container.decodeIfPresent(Int.self, forKey: .updated)
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}
