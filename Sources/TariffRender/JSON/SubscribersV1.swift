package import TariffEngine

/// The subscriptions on a replaced, archived or migrated price, and what its `on_change` does.
package struct SubscribersV1: Sendable, Hashable, Encodable {
    package var priceID: String
    package var total: Int
    /// Subscriptions that still bill (every status but `canceled` and `incomplete_expired`).
    package var live: Int
    package var byStatus: [String: Int]
    /// `grandfather`, `migrate_now` or `migrate_at_period_end`.
    package var policy: String
    /// Whether the YAML writes the policy (`false`: the default).
    package var policyExplicit: Bool
    package var proration: String

    enum CodingKeys: String, CodingKey {
        case total, live, policy, proration
        case priceID = "price_id"
        case byStatus = "by_status"
        case policyExplicit = "policy_explicit"
    }

    package init(_ impact: SubscriberImpact) {
        priceID = impact.priceID
        total = impact.total
        live = impact.live
        byStatus = Dictionary(impact.countsByStatus.map { ($0.status, $0.count) }, uniquingKeysWith: +)
        policy = impact.policy.rawValue
        policyExplicit = impact.policyIsExplicit
        proration = impact.proration.rawValue
    }

}

/// What apply does for a replacement.
package struct ReplacementV1: Sendable, Hashable, Encodable {
    package var oldID: String
    package var transfersLookupKey: Bool
    package var repointsDefaultPrice: Bool
    package var archivesOld: Bool

    enum CodingKeys: String, CodingKey {
        case oldID = "old_id"
        case transfersLookupKey = "transfers_lookup_key"
        case repointsDefaultPrice = "repoints_default_price"
        case archivesOld = "archives_old"
    }

    package init(_ replacement: Replacement) {
        oldID = replacement.oldID
        transfersLookupKey = replacement.transfersLookupKey
        repointsDefaultPrice = replacement.repointsDefaultPrice
        archivesOld = replacement.archivesOld
    }

}

/// The subscription items a migration moves.
package struct MigrationV1: Sendable, Hashable, Encodable {
    package var fromPriceID: String
    /// The successor's address; its id exists only once apply has created it.
    package var toPrice: String
    package var policy: String
    package var proration: String
    package var items: [MigrationItemV1]

    enum CodingKeys: String, CodingKey {
        case policy, proration, items
        case fromPriceID = "from_price_id"
        case toPrice = "to_price"
    }

    package init(_ migration: Migration) {
        fromPriceID = migration.fromPriceID
        toPrice = migration.toPrice.path
        policy = migration.policy.rawValue
        proration = migration.proration.rawValue
        items = migration.items.map(MigrationItemV1.init)
    }

}

/// One subscription item to move.
package struct MigrationItemV1: Sendable, Hashable, Encodable {
    package var subscriptionID: String
    package var itemID: String
    package var status: String
    package var quantity: Int?
    package var hasSchedule: Bool

    enum CodingKeys: String, CodingKey {
        case status, quantity
        case subscriptionID = "subscription_id"
        case itemID = "item_id"
        case hasSchedule = "has_schedule"
    }

    package init(_ item: MigrationItem) {
        subscriptionID = item.subscriptionID
        itemID = item.itemID
        status = item.status.rawValue
        quantity = item.quantity
        hasSchedule = item.hasSchedule
    }

}
