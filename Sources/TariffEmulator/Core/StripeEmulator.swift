public import TariffStripe
import Foundation

/// The built-in Stripe: an in-memory account with Stripe's rules, answering v1 requests.
///
/// One request at a time runs against the state (the actor serialises them), which gives the
/// same read-your-writes behaviour as Stripe for one account. Each request goes through:
/// request id and counting → injected latency → authentication → injected 429/5xx →
/// restricted-key permission → idempotency → the resource handler on a copy of the state,
/// committed only on success → optional "drop after commit".
public actor StripeEmulator {
    /// How an emulator instance behaves.
    public struct Configuration: Sendable {
        /// Injected misbehaviour; none by default.
        public var faults: EmulatorFaults
        /// Permissions of restricted keys (`rk_…` → `["plan_read", …]`). A restricted key not
        /// listed here may do everything.
        public var restrictedKeyPermissions: [String: Set<String>]
        /// Seed for ids and secrets, so a run can be reproduced; random when `nil`.
        public var seed: UInt64?

        public init(faults: EmulatorFaults = .none, restrictedKeyPermissions: [String: Set<String>] = [:], seed: UInt64? = nil) {
            self.faults = faults
            self.restrictedKeyPermissions = restrictedKeyPermissions
            self.seed = seed
        }
    }

    /// What the transport should do with an answer.
    package enum Outcome: Sendable {
        /// Send this response.
        case respond(StripeHTTPResponse)
        /// The write was committed; close the connection without answering.
        case drop(committed: StripeHTTPResponse)
    }

    /// The Stripe API version the emulator reports when the client does not send one.
    public static let apiVersion = "2026-07-29.dahlia"

    let configuration: Configuration
    var test: EmulatorState
    var live: EmulatorState
    var idempotency: [String: IdempotentResult] = [:]
    /// Idempotency scopes of POSTs that are still waiting out their injected latency.
    var inFlight: Set<String> = []
    var stats = RequestStats()
    var requestCount = 0
    var writeCount = 0
    var random: SeededGenerator

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        var seeds = SeededGenerator(seed: configuration.seed ?? UInt64.random(in: .min ... .max))
        self.test = EmulatorState(livemode: false, seed: seeds.next())
        self.live = EmulatorState(livemode: true, seed: seeds.next())
        self.random = seeds
    }

    /// Answers one request; a dropped connection answers with the committed response.
    public func handle(_ request: StripeHTTPRequest) async -> StripeHTTPResponse {
        switch await process(request) {
        case .respond(let response), .drop(let response): response
        }
    }

    /// Answers one request, telling the transport when to drop the connection instead.
    package func process(_ request: StripeHTTPRequest) async -> Outcome {
        if request.path.hasPrefix("/_emulator/") { return .respond(control(request)) }
        let requestID = "req_" + random.token(length: 14)
        let segments = Self.segments(request.path)
        stats.record(method: request.method, segments: segments.dropFirst().map { $0 })
        let inFlightKey = Self.inFlightScope(request)
        if let inFlightKey {
            guard inFlight.insert(inFlightKey).inserted else {
                let conflict = StripeAPIError(
                    status: 409, type: "idempotency_error", code: "idempotency_key_in_use", param: nil,
                    message: "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through). Please try again later.")
                stats.record(status: 409)
                return .respond(respond(409, conflict.json(requestID: requestID), requestID: requestID, request: request))
            }
        }
        if configuration.faults.latency > .zero {
            try? await Task.sleep(for: configuration.faults.latency)
        }
        let outcome = run(request, segments: segments, requestID: requestID)
        if let inFlightKey { inFlight.remove(inFlightKey) }
        switch outcome {
        case .respond(let response), .drop(let response): stats.record(status: response.status)
        }
        return outcome
    }

    /// Runs the request after latency, synchronously so no other request interleaves.
    private func run(_ request: StripeHTTPRequest, segments: [String], requestID: String) -> Outcome {
        do {
            guard segments.first == "v1", segments.count > 1 else {
                throw EmulatorCall(method: request.method, segments: segments, params: FormParams(node: FormNode()), now: 0).unrecognized
            }
            let key = try Self.apiKey(request.headers["authorization"])
            requestCount += 1
            try injectFaults()
            let livemode = key.hasPrefix("sk_live_") || key.hasPrefix("rk_live_")
            let route = Array(segments.dropFirst())
            try checkPermission(key: key, method: request.method, segments: route)
            let text = request.method == "POST" ? String(decoding: request.body, as: UTF8.self) : request.query
            let call = EmulatorCall(method: request.method, segments: route, params: FormParams(node: FormNode.decode(text)), now: Int(Date().timeIntervalSince1970))
            let idempotencyKey = request.method == "POST" ? request.headers["idempotency-key"] : nil
            let fingerprint = Self.fingerprint(method: request.method, path: request.path, form: text)
            if let idempotencyKey, let stored = try replay(apiKey: key, idempotencyKey: idempotencyKey, fingerprint: fingerprint) {
                return .respond(stored)
            }
            let body = try execute(call, livemode: livemode)
            var response = respond(200, body, requestID: requestID, request: request)
            if let idempotencyKey {
                response.headers["idempotency-key"] = idempotencyKey
                idempotency[Self.scope(key, idempotencyKey)] = IdempotentResult(fingerprint: fingerprint, response: response)
            }
            if request.method != "GET" {
                writeCount += 1
                if let every = configuration.faults.dropAfterCommitEvery, writeCount % every == 0 {
                    return .drop(committed: response)
                }
            }
            return .respond(response)
        } catch let error as StripeAPIError {
            return .respond(respond(error.status, error.json(requestID: requestID), requestID: requestID, request: request))
        } catch {
            let failure = StripeAPIError(status: 500, type: "api_error", code: nil, param: nil, message: "The emulator failed: \(error)")
            return .respond(respond(500, failure.json(requestID: requestID), requestID: requestID, request: request))
        }
    }

    /// Runs the handler on a copy of the mode's state and keeps the copy only on success.
    private func execute(_ call: EmulatorCall, livemode: Bool) throws -> JSONValue {
        if call.method == "GET" {
            var state = livemode ? live : test
            return try state.dispatch(call)
        }
        var state = livemode ? live : test
        let body = try state.dispatch(call)
        if livemode { live = state } else { test = state }
        return body
    }

    /// A JSON response with Stripe's headers.
    private func respond(_ status: Int, _ body: JSONValue, requestID: String, request: StripeHTTPRequest) -> StripeHTTPResponse {
        StripeHTTPResponse(
            status: status,
            headers: [
                "content-type": "application/json",
                "request-id": requestID,
                "stripe-version": request.headers["stripe-version"] ?? Self.apiVersion,
            ],
            body: body.prettyBytes)
    }

    /// The path split at `/` with each segment percent-decoded (`+` stays a plus in paths).
    static func segments(_ path: String) -> [String] {
        path.split(separator: "/").map { segment in
            FormNode.percentDecode(segment.replacingOccurrences(of: "+", with: "%2B"))
        }
    }
}
