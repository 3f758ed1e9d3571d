import TariffSupport

/// The deterministic identifier of one meter event Tariff sends:
/// `tariff:{event_name}:{customer}:{window_start}:{value hash}`, at most 100 characters.
///
/// The same window with the same change gets the same identifier on every run, so a re-send after
/// a crash or a lost answer meets Stripe's "an event already exists with identifier" and is counted
/// once. The hash covers the value Stripe held before and the value sent, so a correction (a new
/// total) gets a new identifier, and so does a window that goes back to an earlier total.
package enum MeterEventIdentifier {
    /// Stripe's limit on `identifier`.
    package static let maximumLength = 100

    /// The identifier for sending `value` to `customer`'s window of `eventName`, where Stripe held
    /// `previous` (0 when nothing was reported).
    package static func make(
        eventName: String, customer: String, windowStart: Int64, previous: Int64, value: Int64
    ) -> String {
        let hash = String(SHA256Hex.digest(of: "\(previous)>\(value)").prefix(8))
        let tail = ":\(customer):\(windowStart):\(hash)"
        let full = "tariff:\(eventName)\(tail)"
        if full.count <= maximumLength { return full }
        // A long event name is cut and a hash of the whole name keeps identifiers distinct.
        let nameHash = String(SHA256Hex.digest(of: eventName).prefix(8))
        let room = max(0, maximumLength - "tariff:".count - tail.count - nameHash.count - 1)
        return "tariff:\(eventName.prefix(room))~\(nameHash)\(tail)"
    }
}
