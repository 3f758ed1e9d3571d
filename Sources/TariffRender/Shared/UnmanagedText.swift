import Foundation
import TariffEngine

/// One-line descriptions of the objects a plan lists but never changes.
enum UnmanagedText {
    /// `price price_999 "Legacy" (lookup key "search_usage"): no Tariff marker; holds the key of
    /// products.search_api.prices.search_usage`.
    static func describe(_ object: UnmanagedObject) -> String {
        var text = "\(SummaryText.noun(object.resource)) \(object.id) \(ValueText.quoted(object.label))"
        if let key = object.naturalKey {
            text += " (\(naturalKeyName(object.resource)) \(ValueText.quoted(key)))"
        }
        var notes = [object.reason == .noMarker ? "no Tariff marker" : "owned by another namespace"]
        if !object.active {
            notes.append("archived")
        }
        if let address = object.conflictsWith {
            notes.append("holds the key of \(address); adopt it with --adopt or rename the entry")
        }
        return text + ": " + notes.joined(separator: "; ")
    }

    /// `products.search_api.prices.search_usage: price_old "Search API per call", created 2026-01-02`.
    static func describe(_ object: HistoricalObject) -> String {
        "\(object.address): \(object.id) \(ValueText.quoted(object.label)), created \(day(object.created))"
    }

    /// What the natural key of a resource is called.
    static func naturalKeyName(_ resource: ResourceKind) -> String {
        switch resource {
        case .price: "lookup key"
        case .meter: "event name"
        case .webhookEndpoint: "url"
        case .product, .subscription: "key"
        }
    }

    /// A Unix time as a UTC calendar day (`2026-01-02`), independent of the machine's time zone.
    static func day(_ seconds: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let year = parts.year ?? 1970
        let month = parts.month ?? 1
        let dayOfMonth = parts.day ?? 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
    }
}
