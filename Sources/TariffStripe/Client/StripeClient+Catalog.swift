// Typed calls for the catalog: the account, products and prices.

extension StripeClient {
    /// `GET /v1/account`: which account (and, with the key, which mode) the plan runs against.
    package func retrieveAccount() async throws -> StripeAccount {
        try await get("/v1/account")
    }

    /// Every product, active first, then archived. Stripe's default would hide neither, but being
    /// explicit does not depend on that default; the two listings run concurrently.
    package func listAllProducts() async throws -> [StripeProduct] {
        async let active: [StripeProduct] = listAll("/v1/products", query: Self.activeQuery(true))
        async let archived: [StripeProduct] = listAll("/v1/products", query: Self.activeQuery(false))
        return try await active + archived
    }

    /// `GET /v1/products/{id}`.
    package func retrieveProduct(_ id: String) async throws -> StripeProduct {
        try await get(StripePath.make("/v1/products", id))
    }

    /// `POST /v1/products`.
    package func createProduct(_ params: ProductCreateParams, idempotencyKey: String? = nil) async throws
        -> StripeProduct
    {
        try await post("/v1/products", form: params, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/products/{id}`.
    package func updateProduct(
        _ id: String, _ params: ProductUpdateParams, idempotencyKey: String? = nil
    ) async throws -> StripeProduct {
        try await post(StripePath.make("/v1/products", id), form: params, idempotencyKey: idempotencyKey)
    }

    /// `DELETE /v1/products/{id}`; Stripe allows it only for a product without prices.
    package func deleteProduct(_ id: String) async throws -> StripeDeletedObject {
        try await delete(StripePath.make("/v1/products", id))
    }

    /// Every price, active and archived, with `tiers` and `currency_options` expanded so tiered and
    /// multi-currency prices compare correctly. `product` narrows the list to one product.
    /// Active prices come first; the two listings run concurrently.
    package func listAllPrices(product: String? = nil) async throws -> [StripePrice] {
        func query(_ active: Bool) -> StripeForm {
            var query = Self.activeQuery(active)
            query.append("product", ifPresent: product.map { .string($0) })
            query.appendExpand(Self.priceListExpansions)
            return query
        }
        async let active: [StripePrice] = listAll("/v1/prices", query: query(true))
        async let archived: [StripePrice] = listAll("/v1/prices", query: query(false))
        return try await active + archived
    }

    /// `GET /v1/prices/{id}` with tiers and currency options expanded.
    package func retrievePrice(_ id: String) async throws -> StripePrice {
        var query = StripeForm()
        query.appendExpand(Self.priceExpansions)
        return try await get(StripePath.make("/v1/prices", id), query: query)
    }

    /// `POST /v1/prices`; the response has tiers and currency options expanded.
    package func createPrice(_ params: PriceCreateParams, idempotencyKey: String? = nil) async throws
        -> StripePrice
    {
        var form = params.stripeForm
        form.appendExpand(Self.priceExpansions)
        return try await post("/v1/prices", form: form, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/prices/{id}`: archive (`active: false`), move a lookup key, rename, retag.
    package func updatePrice(
        _ id: String, _ params: PriceUpdateParams, idempotencyKey: String? = nil
    ) async throws -> StripePrice {
        var form = params.stripeForm
        form.appendExpand(Self.priceExpansions)
        return try await post(StripePath.make("/v1/prices", id), form: form, idempotencyKey: idempotencyKey)
    }

    private static func activeQuery(_ active: Bool) -> StripeForm {
        StripeForm([StripeFormField("active", .bool(active))])
    }

    static let priceExpansions = ["tiers", "currency_options"]
    static let priceListExpansions = ["data.tiers", "data.currency_options"]
}
