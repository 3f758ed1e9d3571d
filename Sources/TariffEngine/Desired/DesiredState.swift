package import TariffDiagnostics

/// The Stripe objects a config declares, in Stripe's terms: the "desired" input of the diff.
///
/// Produced by ``DesiredStateCompiler`` from a checked `Config`, or built by hand in tests.
package struct DesiredState: Sendable, Hashable {
    /// The ownership marker (`metadata[tariff_namespace]`), if the config sets one.
    package var namespace: String?
    package var meters: [DesiredMeter]
    package var products: [DesiredProduct]
    /// Prices of every product, in declaration order.
    package var prices: [DesiredPrice]
    package var webhook: DesiredWebhook?
    /// What the config pins: the mode and, optionally, the account.
    package var expectedMode: PlanMode
    package var expectedAccount: String?
    /// Where the YAML sets `stripe.mode` and `stripe.account`.
    package var modeRange: SourceRange?
    package var accountRange: SourceRange?
    /// The id-mapping audit's settings.
    package var idMapping: DesiredIDMapping

    package init(
        namespace: String? = nil, meters: [DesiredMeter] = [], products: [DesiredProduct] = [],
        prices: [DesiredPrice] = [], webhook: DesiredWebhook? = nil, expectedMode: PlanMode = .test,
        expectedAccount: String? = nil, idMapping: DesiredIDMapping = DesiredIDMapping()
    ) {
        self.namespace = namespace
        self.meters = meters
        self.products = products
        self.prices = prices
        self.webhook = webhook
        self.expectedMode = expectedMode
        self.expectedAccount = expectedAccount
        self.idMapping = idMapping
    }

    package func meter(_ address: ResourceAddress) -> DesiredMeter? {
        meters.first { $0.address == address }
    }

    package func product(key: String) -> DesiredProduct? {
        products.first { $0.key == key }
    }
}

/// `id_mapping` as the audit needs it.
package struct DesiredIDMapping: Sendable, Hashable {
    /// The dotted path, e.g. `customer.metadata.company_id` or `customer.id`.
    package var companyField: String
    /// `true`: a subscribed customer without the id is an error; `false`: a warning.
    package var missingIsError: Bool
    package var range: SourceRange?

    package init(
        companyField: String = "customer.id", missingIsError: Bool = false, range: SourceRange? = nil
    ) {
        self.companyField = companyField
        self.missingIsError = missingIsError
        self.range = range
    }

    /// The metadata key holding the company id, when the mapping reads customer metadata.
    package var metadataKey: String? {
        let prefix = "customer.metadata."
        guard companyField.hasPrefix(prefix) else { return nil }
        return String(companyField.dropFirst(prefix.count))
    }
}
