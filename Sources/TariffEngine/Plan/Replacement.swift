public import TariffStripe

/// What apply does for a `replace` action, in order: create the new object (with
/// `transfer_lookup_key=true` for a price), repoint the product's default price if it pointed at the
/// old one, and archive the old object in the archives stage.
public struct Replacement: Sendable, Hashable {
    /// The live object being replaced.
    public var oldID: String
    /// Whether the new price takes the old one's lookup key (`transfer_lookup_key=true`).
    public var transfersLookupKey: Bool
    /// Whether the product's `default_price` points at the old price and must follow.
    public var repointsDefaultPrice: Bool
    /// Whether the old object is archived after the new one exists (meters: deactivated).
    public var archivesOld: Bool

    public init(oldID: String, transfersLookupKey: Bool, repointsDefaultPrice: Bool, archivesOld: Bool = true)
    {
        self.oldID = oldID
        self.transfersLookupKey = transfersLookupKey
        self.repointsDefaultPrice = repointsDefaultPrice
        self.archivesOld = archivesOld
    }
}

/// The subscription items a `migrate` action moves from an old price to the new one.
public struct Migration: Sendable, Hashable {
    /// The replaced price.
    public var fromPriceID: String
    /// The successor, by address: its id exists only once apply has created it.
    public var toPrice: ResourceAddress
    public var policy: SubscriberPolicyKind
    /// Stripe's `proration_behavior`.
    public var proration: StripeProrationBehavior
    /// The items to move, one per subscription (canceled subscriptions are left alone).
    public var items: [MigrationItem]

    public init(
        fromPriceID: String, toPrice: ResourceAddress, policy: SubscriberPolicyKind,
        proration: StripeProrationBehavior,
        items: [MigrationItem]
    ) {
        self.fromPriceID = fromPriceID
        self.toPrice = toPrice
        self.policy = policy
        self.proration = proration
        self.items = items
    }
}

/// One subscription item to move.
public struct MigrationItem: Sendable, Hashable {
    public var subscriptionID: String
    public var itemID: String
    public var status: StripeEnum<StripeSubscriptionStatus>
    /// The current quantity, resent for licensed prices (a price change resets it to 1); `nil` for
    /// metered items and for items moved to a metered price (Stripe refuses a quantity there).
    public var quantity: Int?
    /// Subscriptions under a schedule may have their edit overwritten by the schedule's phases.
    public var hasSchedule: Bool

    public init(
        subscriptionID: String, itemID: String, status: StripeEnum<StripeSubscriptionStatus>, quantity: Int?,
        hasSchedule: Bool
    ) {
        self.subscriptionID = subscriptionID
        self.itemID = itemID
        self.status = status
        self.quantity = quantity
        self.hasSchedule = hasSchedule
    }
}
