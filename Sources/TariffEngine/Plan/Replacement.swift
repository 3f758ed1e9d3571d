package import TariffStripe

/// What apply does for a `replace` action, in order: create the new object (with
/// `transfer_lookup_key=true` for a price), repoint the product's default price if it pointed at the
/// old one, and archive the old object in the archives stage.
package struct Replacement: Sendable, Hashable {
    /// The live object being replaced.
    package var oldID: String
    /// Whether the new price takes the old one's lookup key (`transfer_lookup_key=true`).
    package var transfersLookupKey: Bool
    /// Whether the product's `default_price` points at the old price and must follow.
    package var repointsDefaultPrice: Bool
    /// Whether the old object is archived after the new one exists (meters: deactivated).
    package var archivesOld: Bool

    package init(
        oldID: String, transfersLookupKey: Bool, repointsDefaultPrice: Bool, archivesOld: Bool = true
    ) {
        self.oldID = oldID
        self.transfersLookupKey = transfersLookupKey
        self.repointsDefaultPrice = repointsDefaultPrice
        self.archivesOld = archivesOld
    }
}

/// The subscription items a `migrate` action moves from an old price to the new one.
package struct Migration: Sendable, Hashable {
    /// The replaced price.
    package var fromPriceID: String
    /// The successor, by address: its id exists only once apply has created it.
    package var toPrice: ResourceAddress
    package var policy: SubscriberPolicyKind
    /// Stripe's `proration_behavior`.
    package var proration: StripeProrationBehavior
    /// The items to move, one per subscription (canceled subscriptions are left alone).
    package var items: [MigrationItem]

    package init(
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
package struct MigrationItem: Sendable, Hashable {
    package var subscriptionID: String
    package var itemID: String
    package var status: StripeEnum<StripeSubscriptionStatus>
    /// The current quantity, resent for licensed prices (a price change resets it to 1); `nil` for
    /// metered items and for items moved to a metered price (Stripe refuses a quantity there).
    package var quantity: Int?
    /// Subscriptions under a schedule may have their edit overwritten by the schedule's phases.
    package var hasSchedule: Bool

    package init(
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
