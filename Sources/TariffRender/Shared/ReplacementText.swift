import TariffEngine

/// The steps of a replacement and a migration in words, so a reviewer sees what apply will do.
enum ReplacementText {
    /// `creates a new price, moves the lookup key to it, repoints the product's default price,
    /// then archives price_123`.
    static func steps(_ replacement: Replacement, resource: ResourceKind) -> String {
        var steps = ["creates a new \(SummaryText.noun(resource))"]
        if replacement.transfersLookupKey {
            steps.append("moves the lookup key to it")
        }
        if replacement.repointsDefaultPrice {
            steps.append("repoints the product's default price")
        }
        if replacement.archivesOld {
            let verb = resource == .meter ? "deactivates" : "archives"
            steps.append("then \(verb) \(replacement.oldID)")
        }
        return steps.joined(separator: ", ")
    }

    /// `moves 12 subscription items from price_123 to products.search_api.prices.search_usage at
    /// the end of their period (proration: none)`.
    static func migration(_ migration: Migration) -> String {
        let count = migration.items.count
        let items = "\(Money.groupThousands(count)) subscription item\(count == 1 ? "" : "s")"
        let when = migration.policy == .migrateAtPeriodEnd ? "at the end of their period" : "when apply runs"
        return "moves \(items) from \(migration.fromPriceID) to the new \(migration.toPrice) \(when)"
            + " (proration: \(migration.proration.rawValue))"
    }
}
