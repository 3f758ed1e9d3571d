public import TariffStripe

/// One unit of apply work: usually one write request, at most a few for one object.
///
/// Steps come from plan actions (`ApplyStepBuilder`); a replace becomes three (create the new
/// price, repoint the default price, archive the old one), a migrate one per subscription. The
/// `id` is stable for a given plan, so it names the step's idempotency keys and its line in the
/// report.
public struct ApplyStep: Sendable, Hashable, Identifiable {
    /// `<stage>/<address>/<what>`, e.g. `prices/products.api.prices.usage/create`.
    public var id: String
    public var stage: PlanStep
    /// Steps of one stage run in waves, in ascending order (archives: prices before products
    /// before meters); steps of one wave run concurrently.
    public var wave: Int
    public var address: ResourceAddress
    /// What the progress line and the report say: "create price products.api.prices.usage".
    public var summary: String
    public var operation: ApplyOperation

    public init(
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
public enum ApplyOperation: Sendable, Hashable {
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
public struct ScheduledMove: Sendable, Hashable {
    public var itemID: String
    public var from: String
    public var to: ResourceAddress
    /// Whether the item keeps its quantity; `false` when the plan's item has none (a metered
    /// price on either side: Stripe refuses a quantity for a metered item).
    public var keepsQuantity: Bool

    public init(itemID: String, from: String, to: ResourceAddress, keepsQuantity: Bool = true) {
        self.itemID = itemID
        self.from = from
        self.to = to
        self.keepsQuantity = keepsQuantity
    }
}

/// The in-place changes of a product, from the action's field changes.
public struct ProductChanges: Sendable, Hashable {
    public var name: String?
    /// `.some(nil)` clears the description.
    public var description: String??
    public var active: Bool?
    public var taxCode: String??
    public var unitLabel: String??
    public var setMetadata: [String: String] = [:]
    public var removeMetadata: Set<String> = []

    public init() {}

    /// Whether there is nothing to send.
    public var isEmpty: Bool {
        name == nil && description == nil && active == nil && taxCode == nil && unitLabel == nil
            && setMetadata.isEmpty && removeMetadata.isEmpty
    }
}

/// The in-place changes of a price.
public struct PriceChanges: Sendable, Hashable {
    public var nickname: String?
    public var lookupKey: String?
    public var taxBehavior: StripeTaxBehavior?
    public var active: Bool?
    public var setMetadata: [String: String] = [:]
    public var removeMetadata: Set<String> = []
    /// The desired extra currencies when any of them changed (they are sent as a whole).
    public var currencyOptions: [String: DesiredAmounts]?
    public var currencyOptionTaxBehavior: [String: StripeTaxBehavior] = [:]

    public init() {}
}

/// The in-place changes of a webhook endpoint.
public struct WebhookChanges: Sendable, Hashable {
    public var url: String?
    public var enabledEvents: [String]?
    public var description: String??
    public var enable: Bool = false
    public var setMetadata: [String: String] = [:]
    public var removeMetadata: Set<String> = []

    public init() {}
}
