/// Stripe's cursor pagination over a newest-first collection.
///
/// `starting_after`/`ending_before` name an object id; the page holds the next `limit` matching
/// objects after (older than) or before (newer than) it. The cursor must exist in the whole
/// collection, not only among the filtered rows, because Stripe looks it up by id.
package struct ListPage: Sendable {
    package var limit: Int
    package var startingAfter: String?
    package var endingBefore: String?

    /// Reads `limit`, `starting_after` and `ending_before`, checking Stripe's bounds.
    package init(_ params: FormParams) throws(StripeAPIError) {
        let limit = try params.int("limit") ?? 10
        guard (1...100).contains(limit) else {
            throw .invalid(
                "limit", code: "parameter_invalid_integer",
                "This value must be greater than or equal to 1 and less than or equal to 100.")
        }
        self.limit = limit
        self.startingAfter = try params.string("starting_after")
        self.endingBefore = try params.string("ending_before")
        if startingAfter != nil, endingBefore != nil {
            throw .exclusive("starting_after", "ending_before")
        }
    }

    /// Whether a cursor was given.
    package var hasCursor: Bool { startingAfter != nil || endingBefore != nil }

    /// Slices `ids` (newest first, all rows) to one page of those accepted by `include`.
    ///
    /// - Returns: the ids of the page, newest first, and whether more matching rows exist
    ///   in the direction of travel.
    package func slice(
        _ ids: [String], kind: String, include: (String) -> Bool
    ) throws(StripeAPIError) -> (ids: [String], hasMore: Bool) {
        if let cursor = startingAfter {
            guard let index = ids.firstIndex(of: cursor) else {
                throw .noSuch(kind, cursor, param: "starting_after", inPath: false)
            }
            return take(ids[(index + 1)...], include: include)
        }
        if let cursor = endingBefore {
            guard let index = ids.firstIndex(of: cursor) else {
                throw .noSuch(kind, cursor, param: "ending_before", inPath: false)
            }
            let page = take(ids[..<index].reversed(), include: include)
            return (page.ids.reversed(), page.hasMore)
        }
        return take(ids[...], include: include)
    }

    /// Up to `limit` accepted ids from `ids`, and whether another accepted one follows.
    private func take(_ ids: some Sequence<String>, include: (String) -> Bool) -> (
        ids: [String], hasMore: Bool
    ) {
        var page: [String] = []
        for id in ids where include(id) {
            if page.count == limit { return (page, true) }
            page.append(id)
        }
        return (page, false)
    }

    /// Stripe's list envelope around already-rendered objects.
    package static func envelope(_ data: [JSONValue], hasMore: Bool, url: String) -> JSONValue {
        .object([
            ("object", .string("list")),
            ("data", .array(data)),
            ("has_more", .bool(hasMore)),
            ("url", .string(url)),
        ])
    }
}
