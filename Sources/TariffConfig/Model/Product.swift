package import TariffDiagnostics

/// An entry of `products:`: a Stripe product and its prices.
package struct Product: Sendable, Hashable {
    /// The YAML key; also `metadata[tariff_key]`, and the Stripe product id unless ``stripeID``
    /// says otherwise (`[A-Za-z0-9_-]{1,64}`).
    package var key: String
    package var keyRange: SourceRange
    /// The whole entry (key and value).
    package var range: SourceRange
    /// `id:`, the Stripe product id where it differs from the key (an imported product keeps
    /// its `prod_…` id under a readable key).
    package var stripeID: Located<String>?
    package var name: Located<String>
    package var description: Located<String>?
    package var metadata: Metadata
    /// Defaults to `true`.
    package var active: Located<Bool>
    /// The key of one of this product's prices.
    package var defaultPrice: Located<String>?
    /// A Stripe tax code such as `txcd_10000000`.
    package var taxCode: Located<String>?
    /// Shown on invoices next to quantities; at most 12 characters.
    package var unitLabel: Located<String>?
    /// `true` makes plan refuse to archive or replace the product. Defaults to `false`.
    package var protected: Located<Bool>
    /// Prices in declaration order.
    package var prices: [Price]
    /// `payg:`: the spending threshold set on this product's subscriptions; nil for none.
    package var payg: PaygPolicy? = nil

    package init(
        key: String, keyRange: SourceRange, range: SourceRange, stripeID: Located<String>? = nil,
        name: Located<String>,
        description: Located<String>? = nil, metadata: Metadata = Metadata(),
        active: Located<Bool> = .defaulted(true), defaultPrice: Located<String>? = nil,
        taxCode: Located<String>? = nil, unitLabel: Located<String>? = nil,
        protected: Located<Bool> = .defaulted(false), prices: [Price] = []
    ) {
        self.key = key
        self.keyRange = keyRange
        self.range = range
        self.stripeID = stripeID
        self.name = name
        self.description = description
        self.metadata = metadata
        self.active = active
        self.defaultPrice = defaultPrice
        self.taxCode = taxCode
        self.unitLabel = unitLabel
        self.protected = protected
        self.prices = prices
    }

    /// The Stripe product id: `id:` when set, else the key.
    package var productID: String { stripeID?.value ?? key }

    /// The price declared under `key` in this product, if any.
    package func price(named key: String) -> Price? {
        prices.first { $0.key == key }
    }
}
