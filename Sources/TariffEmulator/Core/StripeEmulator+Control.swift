import TariffStripe
import Foundation

/// Why a seeding call was refused: the same Stripe error a client would have received.
package struct EmulatorSeedError: Error, Sendable, CustomStringConvertible {
    package var status: Int
    package var description: String
}

extension StripeEmulator {
    /// The non-Stripe endpoints under `/_emulator/`: `GET stats` and `POST reset`.
    func control(_ request: StripeHTTPRequest) -> StripeHTTPResponse {
        let headers = ["content-type": "application/json"]
        switch (request.method, request.path) {
        case ("GET", "/_emulator/stats"):
            return StripeHTTPResponse(status: 200, headers: headers, body: statsJSON.prettyBytes)
        case ("POST", "/_emulator/reset"):
            reset()
            return StripeHTTPResponse(
                status: 200, headers: headers, body: JSONValue.object([("reset", .bool(true))]).prettyBytes)
        default:
            if let answer = usageControl(request) { return answer }
            let body = JSONValue.object([
                (
                    "error",
                    .object([
                        ("message", .string("Unknown emulator control endpoint.")),
                        ("type", .string("invalid_request_error")),
                    ])
                )
            ])
            return StripeHTTPResponse(status: 404, headers: headers, body: body.prettyBytes)
        }
    }

    /// Request counts so far, as served at `GET /_emulator/stats`.
    package var statistics: (total: Int, byEndpoint: [String: Int]) {
        (stats.total, stats.byEndpoint)
    }

    var statsJSON: JSONValue { stats.json }

    /// Forgets every object, idempotency key and counter (the configuration stays).
    package func reset() {
        var seeds = SeededGenerator(seed: configuration.seed ?? UInt64.random(in: .min ... .max))
        test = EmulatorState(livemode: false, seed: seeds.next())
        live = EmulatorState(livemode: true, seed: seeds.next())
        random = seeds
        idempotency = [:]
        inFlight = []
        stats = RequestStats()
        requestCount = 0
        writeCount = 0
        usage = configuration.usage
    }

    /// Inserts objects directly, for tests and demos: runs one v1 call with Stripe's rules but
    /// without authentication, faults, idempotency or counting.
    ///
    /// - Parameters:
    ///   - method: `POST`, `GET` or `DELETE`.
    ///   - path: e.g. `/v1/products`.
    ///   - form: the form-encoded parameters, e.g. `id=pro&name=Pro`.
    /// - Returns: the JSON body Stripe would have answered.
    @discardableResult
    package func seed(_ method: String, _ path: String, form: String = "", livemode: Bool = false) throws
        -> [UInt8]
    {
        let segments = Array(Self.segments(path).dropFirst())
        let call = EmulatorCall(
            method: method, segments: segments, params: FormParams(node: FormNode.decode(form)),
            now: usage.clock.now())
        var state = livemode ? live : test
        do {
            let body = try state.dispatch(call)
            if livemode { live = state } else { test = state }
            return body.prettyBytes
        } catch let error as StripeAPIError {
            throw EmulatorSeedError(status: error.status, description: "\(method) \(path): \(error.message)")
        }
    }
}
