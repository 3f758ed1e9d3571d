package import TariffStripe

/// One unit of apply work: usually one write request, at most a few for one object.
///
/// Steps come from plan actions (`ApplyStepBuilder`); a replace becomes three (create the new
/// price, repoint the default price, archive the old one), a migrate one per subscription. The
/// `id` is stable for a given plan, so it names the step's idempotency keys and its line in the
/// report.
package struct ApplyStep: Sendable, Hashable, Identifiable {
    /// `<stage>/<address>/<what>`, e.g. `prices/products.api.prices.usage/create`.
    package var id: String
    package var stage: PlanStep
    /// Steps of one stage run in waves, in ascending order (archives: prices before products
    /// before meters); steps of one wave run concurrently.
    package var wave: Int
    package var address: ResourceAddress
    /// What the progress line and the report say: "create price products.api.prices.usage".
    package var summary: String
    package var operation: ApplyOperation

    package init(
        id: String, stage: PlanStep, wave: Int = 0, address: ResourceAddress, summary: String,
        operation: ApplyOperation
    ) {
        self.id = id
        self.stage = stage
        self.wave = wave
        self.address = address
        self.summary = summary
        self.operation = operation
    }
}

/// What a step asks Stripe to do, with everything it needs except ids created earlier in the
/// same apply, which are named by address and resolved when the step runs.
package enum ApplyOperation: Sendable, Hashable {
    case createMeter(DesiredMeter)
    /// A new display name and/or reactivating a deactivated meter.
    case updateMeter(id: String, displayName: String?, reactivate: Bool)
    case deactivateMeter(id: String)
    /// Creates the product with its YAML key as id; on `resource_already_exists` it updates it.
    case createProduct(DesiredProduct)
    case updateProduct(id: String, ProductChanges)
    case archiveProduct(id: String)
    /// Creates a price with `transfer_lookup_key=true`; `replacing` is the old price's id.
    case createPrice(DesiredPrice, replacing: String?)
    case updatePrice(id: String, PriceChanges)
    case archivePrice(id: String)
    /// `default_price` of a product (by address) to a price (by address); `price` nil unsets it
    /// (`default_price=`), which Stripe needs before it archives that price.
    case setDefaultPrice(product: ResourceAddress, productID: String?, price: ResourceAddress?)
    case createWebhook(DesiredWebhook)
    case updateWebhook(id: String, WebhookChanges)
    /// Webhook endpoints are disabled, not deleted, when archived.
    case disableWebhook(id: String)
    /// Moves one subscription item now (`migrate_now`).
    case migrateNow(MigrationItem, from: String, to: ResourceAddress, proration: StripeProrationBehavior)
    /// Moves a subscription's items at the end of its period through one subscription schedule
    /// (one per subscription, however many of its prices were replaced).
    case migrateAtPeriodEnd(
        subscriptionID: String, hasSchedule: Bool, moves: [ScheduledMove], proration: StripeProrationBehavior)
}

/// One item a schedule moves: from the old price id to the price at an address.
package struct ScheduledMove: Sendable, Hashable {
    package var itemID: String
    package var from: String
    package var to: ResourceAddress
    /// Whether the item keeps its quantity; `false` when the plan's item has none (a metered
    /// price on either side: Stripe refuses a quantity for a metered item).
    package var keepsQuantity: Bool

    package init(itemID: String, from: String, to: ResourceAddress, keepsQuantity: Bool = true) {
        self.itemID = itemID
        self.from = from
        self.to = to
        self.keepsQuantity = keepsQuantity
    }
}

/// The in-place changes of a product, from the action's field changes.
package struct ProductChanges: Sendable, Hashable {
    package var name: String?
    /// `.some(nil)` clears the description.
    package var description: String??
    package var active: Bool?
    package var taxCode: String??
    package var unitLabel: String??
    package var setMetadata: [String: String] = [:]
    package var removeMetadata: Set<String> = []

    package init() {}

    /// Whether there is nothing to send.
    package var isEmpty: Bool {
        name == nil && description == nil && active == nil && taxCode == nil && unitLabel == nil
            && setMetadata.isEmpty && removeMetadata.isEmpty
    }
}

/// The in-place changes of a price.
package struct PriceChanges: Sendable, Hashable {
    package var nickname: String?
    package var lookupKey: String?
    package var taxBehavior: StripeTaxBehavior?
    package var active: Bool?
    package var setMetadata: [String: String] = [:]
    package var removeMetadata: Set<String> = []
    /// The desired extra currencies when any of them changed (they are sent as a whole).
    package var currencyOptions: [String: DesiredAmounts]?
    package var currencyOptionTaxBehavior: [String: StripeTaxBehavior] = [:]

    package init() {}
}

/// The in-place changes of a webhook endpoint.
package struct WebhookChanges: Sendable, Hashable {
    package var url: String?
    package var enabledEvents: [String]?
    package var description: String??
    package var enable: Bool = false
    package var setMetadata: [String: String] = [:]
    package var removeMetadata: Set<String> = []

    package init() {}
}
