extension EmulatorState {
    /// `/v1/products` and `/v1/products/{id}`.
    mutating func productsRoute(_ call: EmulatorCall) throws -> JSONValue {
        switch (call.method, call.segments.count) {
        case ("POST", 1): return try createProduct(call)
        case ("GET", 1): return try listProducts(call)
        case ("GET", 2):
            try call.params.rejectUnknown([])
            let expand = try call.expansions(allowed: ["default_price"], list: false)
            return renderProduct(try product(call.segments[1], param: "id", inPath: true), expand: expand)
        case ("POST", 2): return try updateProduct(call.segments[1], call)
        case ("DELETE", 2): return try deleteProduct(call.segments[1], call)
        default: throw call.unrecognized
        }
    }

    /// The product's JSON, with `default_price` inlined when `expand[]=default_price` asked for it.
    func renderProduct(_ product: ProductRecord, expand: Set<String>) -> JSONValue {
        var json = product.json(livemode: livemode)
        if expand.contains("default_price"), let id = product.defaultPrice, let price = prices[id],
            case .object(var fields) = json, let index = fields.firstIndex(where: { $0.0 == "default_price" })
        {
            fields[index].1 = renderPrice(price, expand: [])
            json = .object(fields)
        }
        return json
    }

    /// The product with `id`, or Stripe's `resource_missing`.
    func product(_ id: String, param: String, inPath: Bool) throws(StripeAPIError) -> ProductRecord {
        guard let product = products[id] else { throw .noSuch("product", id, param: param, inPath: inPath) }
        return product
    }

    private static let sharedProductFields: Set<String> = [
        "name", "active", "description", "images", "marketing_features", "metadata", "shippable",
        "statement_descriptor", "tax_code", "unit_label", "url",
    ]

    /// `POST /v1/products`: a custom `id` must be unused; `default_price_data` creates the default price.
    private mutating func createProduct(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown(Self.sharedProductFields.union(["id", "type", "default_price_data"]))
        let id = try params.string("id") ?? newID("prod")
        guard products[id] == nil else {
            throw StripeAPIError(
                status: 400, code: "resource_already_exists", param: "id",
                message: "Product already exists.")
        }
        var product = ProductRecord(
            id: id, created: call.now, updated: call.now, name: try params.requiredString("name"))
        product.type = try params.oneOf("type", ["good", "service"]) ?? "service"
        try applyProductFields(params, to: &product)
        products[id] = product
        if let data = try params.object("default_price_data") {
            try data.rejectUnknown([
                "currency", "currency_options", "custom_unit_amount", "metadata", "recurring", "tax_behavior",
                "unit_amount", "unit_amount_decimal",
            ])
            let price = try createPrice(from: data, productID: id, now: call.now)
            products[id]?.defaultPrice = price.id
        }
        return renderProduct(
            try self.product(id, param: "id", inPath: false),
            expand: try call.expansions(allowed: ["default_price"], list: false))
    }

    /// Applies the fields that both create and update accept.
    private func applyProductFields(_ params: FormParams, to product: inout ProductRecord) throws {
        if params.has("name") { product.name = try params.requiredString("name") }
        if let active = try params.bool("active") { product.active = active }
        if let value = try params.emptyableString("description") { product.description = value }
        if let value = try params.emptyableString("statement_descriptor") {
            product.statementDescriptor = value
        }
        if let value = try params.emptyableString("tax_code") { product.taxCode = value }
        if let value = try params.emptyableString("unit_label") { product.unitLabel = value }
        if let value = try params.emptyableString("url") { product.url = value }
        if let value = try params.bool("shippable") { product.shippable = value }
        if let images = try params.strings("images") {
            guard images.count <= 8 else {
                throw StripeAPIError.rule("images", "You can have at most 8 images.")
            }
            product.images = images
        }
        if let features = try params.objects("marketing_features") {
            product.marketingFeatures = try features.map { feature in
                try feature.rejectUnknown(["name"])
                return try feature.requiredString("name")
            }
        }
        try MetadataPatch.apply(params, to: &product.metadata)
    }

    /// `POST /v1/products/{id}`: the shared fields plus `default_price`, which must be an active
    /// price of this product; `default_price=` (empty) unsets it, as on Stripe.
    private mutating func updateProduct(_ id: String, _ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown(Self.sharedProductFields.union(["default_price"]))
        var product = try self.product(id, param: "id", inPath: true)
        try applyProductFields(params, to: &product)
        if try params.string("default_price") == "" {
            product.defaultPrice = nil
        } else if let priceID = try params.string("default_price") {
            guard let price = prices[priceID], price.productID == id else {
                throw StripeAPIError.noSuch("price", priceID, param: "default_price", inPath: false)
            }
            guard price.active else {
                throw StripeAPIError.rule(
                    "default_price", "The default price must be active; price '\(priceID)' is archived.")
            }
            product.defaultPrice = priceID
        }
        product.updated = call.now
        products[id] = product
        return renderProduct(product, expand: try call.expansions(allowed: ["default_price"], list: false))
    }

    /// `DELETE /v1/products/{id}`: allowed only while the product has no prices.
    private mutating func deleteProduct(_ id: String, _ call: EmulatorCall) throws -> JSONValue {
        try call.params.rejectUnknown([])
        _ = try product(id, param: "id", inPath: true)
        guard !prices.newestFirst.contains(where: { $0.productID == id }) else {
            throw StripeAPIError.rule(
                nil, "This product cannot be deleted because it has one or more user-created prices.")
        }
        products[id] = nil
        return .object([("id", .string(id)), ("object", .string("product")), ("deleted", .bool(true))])
    }

    /// `GET /v1/products`: both active and archived unless `active` is sent; `ids[]` excludes cursors.
    private func listProducts(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown([
            "limit", "starting_after", "ending_before", "active", "ids", "shippable", "type", "url",
        ])
        let page = try ListPage(params)
        let active = try params.bool("active")
        let ids = try params.strings("ids").map(Set.init)
        if ids != nil, page.hasCursor {
            throw StripeAPIError.rule("ids", "You cannot combine ids with starting_after or ending_before.")
        }
        let type = try params.oneOf("type", ["good", "service"])
        let shippable = try params.bool("shippable")
        let url = try params.string("url")
        let slice = try page.slice(products.idsNewestFirst, kind: "product") { id in
            guard let product = products[id] else { return false }
            return (active == nil || product.active == active) && (ids?.contains(id) ?? true)
                && (type == nil || product.type == type)
                && (shippable == nil || product.shippable == shippable)
                && (url == nil || product.url == url)
        }
        let expand = try call.expansions(allowed: ["default_price"], list: true)
        let data = slice.ids.compactMap { id in products[id].map { renderProduct($0, expand: expand) } }
        return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/products")
    }
}
