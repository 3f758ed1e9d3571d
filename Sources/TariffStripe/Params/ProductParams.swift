/// Parameters of `POST /v1/products`.
package struct ProductCreateParams: StripeFormEncodable, Hashable {
    /// A custom product id; Tariff derives it from the YAML key.
    package var id: String?
    package var name: String
    package var description: String?
    package var active: Bool?
    package var metadata: [String: String]
    package var taxCode: String?
    package var unitLabel: String?
    package var type: StripeProductType?

    package init(
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

    package var stripeForm: StripeForm {
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
package struct ProductUpdateParams: StripeFormEncodable, Hashable {
    package var name: String?
    package var description: StripeEmptyable<String>?
    package var active: Bool?
    /// The id of an existing price of this product, or `.clear` (`default_price=`) to unset it.
    package var defaultPrice: StripeEmptyable<String>?
    package var metadata: StripeMetadataPatch?
    package var taxCode: StripeEmptyable<String>?
    package var unitLabel: StripeEmptyable<String>?

    package init(
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

    package var stripeForm: StripeForm {
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
