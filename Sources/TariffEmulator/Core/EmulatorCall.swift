/// One authenticated Stripe request as the handlers see it: route, parameters and clock.
package struct EmulatorCall: Sendable {
    /// `GET`, `POST` or `DELETE`.
    package var method: String
    /// Percent-decoded path segments after `/v1`, e.g. `["prices", "price_123"]`.
    package var segments: [String]
    /// The decoded query (GET, DELETE) or body (POST).
    package var params: FormParams
    /// The current time in Unix seconds, used for `created` and periods.
    package var now: Int
    /// Seconds before a meter event counts in event summaries.
    package var summaryLag = 0

    package init(method: String, segments: [String], params: FormParams, now: Int) {
        self.method = method
        self.segments = segments
        self.params = params
        self.now = now
    }

    /// The `expand[]` paths sent with the request.
    package func expansions() throws(StripeAPIError) -> Set<String> {
        Set(try params.strings("expand") ?? [])
    }

    /// Checks `expand[]` against what this endpoint can expand, as Stripe does.
    ///
    /// - Parameter list: whether the endpoint returns a list, where paths start with `data.`.
    /// - Returns: the expansions relative to one object (without the `data.` prefix).
    package func expansions(allowed: Set<String>, list: Bool) throws(StripeAPIError) -> Set<String> {
        var relative: Set<String> = []
        for path in try expansions() {
            let inner = list && path.hasPrefix("data.") ? String(path.dropFirst(5)) : path
            guard allowed.contains(inner), !list || path.hasPrefix("data.") else {
                throw .rule("expand", "This property cannot be expanded (\(path)).")
            }
            relative.insert(inner)
        }
        return relative
    }

    /// The 404 Stripe answers for a path it does not serve.
    package var unrecognized: StripeAPIError {
        let path = "/v1/" + segments.joined(separator: "/")
        return StripeAPIError(
            status: 404, code: nil, param: nil,
            message:
                "Unrecognized request URL (\(method): \(path)). Please see https://stripe.com/docs or we can help at https://support.stripe.com/."
        )
    }
}
