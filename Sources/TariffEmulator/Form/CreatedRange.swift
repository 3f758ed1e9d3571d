/// A list's `created` filter: an exact Unix time (`created=…`) or a range
/// (`created[gte]`, `created[gt]`, `created[lte]`, `created[lt]`), as Stripe's list endpoints take.
struct CreatedRange: Sendable {
    var gte: Int?
    var gt: Int?
    var lte: Int?
    var lt: Int?

    /// The filter in `params`; no bounds when `created` is absent.
    init(_ params: FormParams) throws(StripeAPIError) {
        guard params.has("created") else { return }
        if let range = try? params.object("created") {
            try range.rejectUnknown(["gte", "gt", "lte", "lt"])
            gte = try range.int("gte")
            gt = try range.int("gt")
            lte = try range.int("lte")
            lt = try range.int("lt")
        } else {
            let exact = try params.int("created")
            gte = exact
            lte = exact
        }
    }

    func contains(_ time: Int) -> Bool {
        (gte.map { time >= $0 } ?? true) && (gt.map { time > $0 } ?? true)
            && (lte.map { time <= $0 } ?? true) && (lt.map { time < $0 } ?? true)
    }
}
