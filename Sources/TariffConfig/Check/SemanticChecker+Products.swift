import TariffDiagnostics

/// Rules for `products:` (the prices have their own file).
extension SemanticChecker {
    /// Stripe's limits on product fields (API spec `maxLength`s).
    static let maximumProductNameLength = 5000
    static let maximumProductDescriptionLength = 40000
    static let maximumUnitLabelLength = 12
    static let maximumProductIDLength = 64

    /// Ids are safe Stripe product ids; text fits Stripe's limits; the default price is one of
    /// the product's own prices.
    mutating func checkProducts(_ products: [Product]) {
        for product in products {
            let what = "product '\(product.key.quotedForMessage)'"
            if !Self.isIdentifier(product.key, maxLength: Self.maximumProductIDLength) {
                bag.error(
                    "product.invalid-id",
                    "\(what): a product key becomes the Stripe product id (and its tariff_key), so "
                        + "it must be 1–64 letters, digits, '_' or '-'",
                    at: product.keyRange)
            }
            if let id = product.stripeID, !Self.isIdentifier(id.value, maxLength: Self.maximumProductIDLength)
            {
                bag.error(
                    "product.invalid-id",
                    "the id of \(what) is '\(id.value.quotedForMessage)'; a Stripe product id is 1–64 "
                        + "letters, digits, '_' or '-'",
                    at: id.range)
            }
            checkNotEmpty(product.name, code: "product.empty-name", "the name of \(what)")
            checkLength(
                product.name, max: Self.maximumProductNameLength, code: "product.name-too-long",
                "the name of \(what)")
            checkLength(
                product.description, max: Self.maximumProductDescriptionLength,
                code: "product.description-too-long", "the description of \(what)")
            checkLength(
                product.unitLabel, max: Self.maximumUnitLabelLength, code: "product.unit-label-too-long",
                "the unit label of \(what)")
            if let taxCode = product.taxCode, !Self.isTaxCode(taxCode.value) {
                bag.error(
                    "product.invalid-tax-code",
                    "'\(taxCode.value.quotedForMessage)' is not a Stripe tax code; expected 'txcd_' and 8 digits",
                    at: taxCode.range)
            }
            checkMetadata(product.metadata, what)
            checkDefaultPrice(product)
            for price in product.prices { checkPrice(price, of: product) }
        }
    }

    /// `default_price` names a price declared under the same product.
    private mutating func checkDefaultPrice(_ product: Product) {
        guard let reference = product.defaultPrice else { return }
        let declared = declaredPrices[product.key] ?? []
        guard !declared.contains(reference.value) else { return }
        let candidates = declared.sorted()
        let elsewhere = declaredPrices.filter { $0.value.contains(reference.value) }.keys.sorted()
        let hint =
            elsewhere.first.map { "; that price belongs to product '\($0)'" }
            ?? (candidates.isEmpty
                ? "; the product declares no prices" : "; its prices are \(candidates.listedWithOr)")
        bag.error(
            "product.unknown-default-price",
            "default price '\(reference.value.quotedForMessage)' is not a price of product '\(product.key)'\(hint)",
            at: reference.range, fixIt: Suggestion.closest(to: reference.value, among: candidates))
    }

    /// `txcd_` followed by eight digits.
    static func isTaxCode(_ text: String) -> Bool {
        guard text.hasPrefix("txcd_") else { return false }
        let digits = text.dropFirst(5)
        return digits.count == 8 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
