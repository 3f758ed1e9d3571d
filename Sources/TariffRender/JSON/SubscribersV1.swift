public import TariffEngine

/// The subscriptions on a replaced, archived or migrated price, and what its `on_change` does.
public struct SubscribersV1: Sendable, Hashable, Encodable {
    public var priceID: String
    public var total: Int
    /// Subscriptions that still bill (every status but `canceled` and `incomplete_expired`).
    public var live: Int
    public var byStatus: [String: Int]
    /// `grandfather`, `migrate_now` or `migrate_at_period_end`.
    public var policy: String
    /// Whether the YAML writes the policy (`false`: the default).
    public var policyExplicit: Bool
    public var proration: String

    enum CodingKeys: String, CodingKey {
        case total, live, policy, proration
        case priceID = "price_id"
        case byStatus = "by_status"
        case policyExplicit = "policy_explicit"
    }

    public init(_ impact: SubscriberImpact) {
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
public struct ReplacementV1: Sendable, Hashable, Encodable {
    public var oldID: String
    public var transfersLookupKey: Bool
    public var repointsDefaultPrice: Bool
    public var archivesOld: Bool

    enum CodingKeys: String, CodingKey {
        case oldID = "old_id"
        case transfersLookupKey = "transfers_lookup_key"
        case repointsDefaultPrice = "repoints_default_price"
        case archivesOld = "archives_old"
    }

    public init(_ replacement: Replacement) {
        oldID = replacement.oldID
        transfersLookupKey = replacement.transfersLookupKey
        repointsDefaultPrice = replacement.repointsDefaultPrice
        archivesOld = replacement.archivesOld
    }

}

/// The subscription items a migration moves.
public struct MigrationV1: Sendable, Hashable, Encodable {
    public var fromPriceID: String
    /// The successor's address; its id exists only once apply has created it.
    public var toPrice: String
    public var policy: String
    public var proration: String
    public var items: [MigrationItemV1]

    enum CodingKeys: String, CodingKey {
        case policy, proration, items
        case fromPriceID = "from_price_id"
        case toPrice = "to_price"
    }

    public init(_ migration: Migration) {
        fromPriceID = migration.fromPriceID
        toPrice = migration.toPrice.path
        policy = migration.policy.rawValue
        proration = migration.proration.rawValue
        items = migration.items.map(MigrationItemV1.init)
    }

}

/// One subscription item to move.
public struct MigrationItemV1: Sendable, Hashable, Encodable {
    public var subscriptionID: String
    public var itemID: String
    public var status: String
    public var quantity: Int?
    public var hasSchedule: Bool

    enum CodingKeys: String, CodingKey {
        case status, quantity
        case subscriptionID = "subscription_id"
        case itemID = "item_id"
        case hasSchedule = "has_schedule"
    }

    public init(_ item: MigrationItem) {
        subscriptionID = item.subscriptionID
        itemID = item.itemID
        status = item.status.rawValue
        quantity = item.quantity
        hasSchedule = item.hasSchedule
    }

}
