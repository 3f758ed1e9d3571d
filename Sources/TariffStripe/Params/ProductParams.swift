/// Parameters of `POST /v1/products`.
public struct ProductCreateParams: StripeFormEncodable, Hashable {
    /// A custom product id; Tariff derives it from the YAML key.
    public var id: String?
    public var name: String
    public var description: String?
    public var active: Bool?
    public var metadata: [String: String]
    public var taxCode: String?
    public var unitLabel: String?
    public var type: StripeProductType?

    public init(
        id: String? = nil, name: String, description: String? = nil, active: Bool? = nil,
        metadata: [String: String] = [:], taxCode: String? = nil, unitLabel: String? = nil,
        type: StripeProductType? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.active = active
        self.metadata = metadata
        self.taxCode = taxCode
        self.unitLabel = unitLabel
        self.type = type
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("id", ifPresent: id.map { .string($0) })
        form.append("name", .string(name))
        form.append("description", ifPresent: description.map { .string($0) })
        form.append("active", ifPresent: active.map { .bool($0) })
        form.appendMetadata(metadata)
        form.append("tax_code", ifPresent: taxCode.map { .string($0) })
        form.append("unit_label", ifPresent: unitLabel.map { .string($0) })
        form.append("type", ifPresent: type.map { .string($0.rawValue) })
        return form
    }
}

/// Parameters of `POST /v1/products/{id}`; nil fields are left unchanged.
public struct ProductUpdateParams: StripeFormEncodable, Hashable {
    public var name: String?
    public var description: StripeEmptyable<String>?
    public var active: Bool?
    /// The id of an existing price of this product, or `.clear` (`default_price=`) to unset it.
    public var defaultPrice: StripeEmptyable<String>?
    public var metadata: StripeMetadataPatch?
    public var taxCode: StripeEmptyable<String>?
    public var unitLabel: StripeEmptyable<String>?

    public init(
        name: String? = nil, description: StripeEmptyable<String>? = nil, active: Bool? = nil,
        defaultPrice: StripeEmptyable<String>? = nil, metadata: StripeMetadataPatch? = nil,
        taxCode: StripeEmptyable<String>? = nil, unitLabel: StripeEmptyable<String>? = nil
    ) {
        self.name = name
        self.description = description
        self.active = active
        self.defaultPrice = defaultPrice
        self.metadata = metadata
        self.taxCode = taxCode
        self.unitLabel = unitLabel
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("name", ifPresent: name.map { .string($0) })
        form.append("description", ifPresent: description?.formValue)
        form.append("active", ifPresent: active.map { .bool($0) })
        form.append("default_price", ifPresent: defaultPrice?.formValue)
        form.append("metadata", ifPresent: metadata?.formValue)
        form.append("tax_code", ifPresent: taxCode?.formValue)
        form.append("unit_label", ifPresent: unitLabel?.formValue)
        return form
    }
}
