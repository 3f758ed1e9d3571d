package import TariffStripe
import Foundation
import TariffStripeSpec

/// The built-in Stripe: an in-memory account with Stripe's rules, answering v1 requests.
///
/// One request at a time runs against the state (the actor serialises them), which gives the
/// same read-your-writes behaviour as Stripe for one account. Each request goes through:
/// request id and counting → injected latency → authentication → injected 429/5xx →
/// restricted-key permission → idempotency → the resource handler on a copy of the state,
/// committed only on success → optional "drop after commit".
package actor StripeEmulator {
    /// How an emulator instance behaves.
    package struct Configuration: Sendable {
        /// Injected misbehaviour; none by default.
        package var faults: EmulatorFaults
        /// Permissions of restricted keys (`rk_…` → `["plan_read", …]`). A restricted key not
        /// listed here may do everything.
        package var restrictedKeyPermissions: [String: Set<String>]
        /// Seed for ids and secrets, so a run can be reproduced; random when `nil`.
        package var seed: UInt64?
        /// The clock and the meter-event summary lag at start (and after a reset).
        package var usage: EmulatorUsageSettings
        /// Where every exchange is appended for the contract check; from `TARIFF_EMULATOR_RECORD`
        /// by default, so that every emulator of a test run records when CI asks for it.
        package var recorder = ExchangeRecorder.fromEnvironment(ProcessInfo.processInfo.environment)

        package init(
            faults: EmulatorFaults = .none, restrictedKeyPermissions: [String: Set<String>] = [:],
            seed: UInt64? = nil, usage: EmulatorUsageSettings = EmulatorUsageSettings()
        ) {
            self.faults = faults
            self.restrictedKeyPermissions = restrictedKeyPermissions
            self.seed = seed
            self.usage = usage
        }
    }

    /// What the transport should do with an answer.
    package enum Outcome: Sendable {
        /// Send this response.
        case respond(StripeHTTPResponse)
        /// The write was committed; close the connection without answering.
        case drop(committed: StripeHTTPResponse)
    }

    /// The one Stripe API version the emulator implements (`StripeAPIVersion.pinned`): reported
    /// when the client sends no `Stripe-Version`, and the only one it accepts.
    package static let apiVersion = StripeAPIVersion.pinned

    let configuration: Configuration
    /// The faults in effect: the configuration's, until `POST /_emulator/faults` replaces them
    /// (latency stays the configuration's: it is waited out outside the actor).
    var faults: EmulatorFaults
    var test: EmulatorState
    var live: EmulatorState
    var idempotency: [String: IdempotentResult] = [:]
    /// Idempotency scopes of POSTs that are still waiting out their injected latency.
    var inFlight: Set<String> = []
    var stats = RequestStats()
    var requestCount = 0
    var writeCount = 0
    var random: SeededGenerator
    /// The clock and summary lag now in force (`/_emulator/clock`, `/_emulator/meter_event_lag`).
    var usage: EmulatorUsageSettings

    package init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.faults = configuration.faults
        self.usage = configuration.usage
        var seeds = SeededGenerator(seed: configuration.seed ?? UInt64.random(in: .min ... .max))
        self.test = EmulatorState(livemode: false, seed: seeds.next())
        self.live = EmulatorState(livemode: true, seed: seeds.next())
        self.random = seeds
    }

    /// Answers one request; a dropped connection answers with the committed response.
    package func handle(_ request: StripeHTTPRequest) async -> StripeHTTPResponse {
        switch await process(request) {
        case .respond(let response), .drop(let response): response
        }
    }

    /// What the isolated part of a request decided: an answer, or a read to run on a snapshot.
    enum Step: Sendable {
        case answer(Outcome)
        case read(EmulatorState, EmulatorCall, requestID: String, stripeVersion: String?)
    }

    /// Answers one request, telling the transport when to drop the connection instead.
    ///
    /// Not isolated: the injected latency is waited out, and reads are rendered, outside the
    /// actor, so slow or large answers do not hold up other requests. Writes run isolated.
    package nonisolated func process(_ request: StripeHTTPRequest) async -> Outcome {
        if request.path.hasPrefix("/_emulator/") { return .respond(await control(request)) }
        // v2 (JSON) exchanges are not recorded: the contract check reads v1 form requests.
        if request.path.hasPrefix("/v2/") { return await processV2(request) }
        let outcome = await answer(request)
        if let recorder = configuration.recorder {
            switch outcome {
            case .respond(let response): recorder.record(request, response)
            case .drop(let response): recorder.record(request, response, dropped: true)
            }
        }
        return outcome
    }

    /// Answers one Stripe request (not a control one), without recording it.
    private nonisolated func answer(_ request: StripeHTTPRequest) async -> Outcome {
        let (requestID, inFlightKey, rejection) = await admit(request)
        if let rejection { return rejection }
        if configuration.faults.latency > .zero {
            try? await Task.sleep(for: configuration.faults.latency)
        }
        switch await run(request, requestID: requestID, inFlightKey: inFlightKey) {
        case .answer(let outcome):
            return outcome
        case .read(var state, let call, let requestID, let version):
            let answer: (Int, JSONValue)
            do {
                answer = (200, try state.dispatch(call))
            } catch let error as StripeAPIError {
                answer = (error.status, error.json(requestID: requestID))
            } catch {
                answer = (
                    500,
                    StripeAPIError(
                        status: 500, type: "api_error", code: nil, param: nil,
                        message: "The emulator failed: \(error)"
                    ).json(requestID: requestID)
                )
            }
            await recordStatus(answer.0)
            return .respond(Self.response(answer.0, answer.1, requestID: requestID, stripeVersion: version))
        }
    }

    /// Counts the request and claims its idempotency key; a key already in progress gets 409.
    private func admit(_ request: StripeHTTPRequest) -> (
        requestID: String, inFlightKey: String?, rejection: Outcome?
    ) {
        let requestID = "req_" + random.token(length: 14)
        stats.record(method: request.method, segments: Self.segments(request.path).dropFirst().map { $0 })
        guard let inFlightKey = Self.inFlightScope(request) else { return (requestID, nil, nil) }
        guard inFlight.insert(inFlightKey).inserted else {
            let conflict = StripeAPIError(
                status: 409, type: "idempotency_error", code: "idempotency_key_in_use", param: nil,
                message:
                    "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through). Please try again later."
            )
            stats.record(status: 409)
            return (
                requestID, nil,
                .respond(
                    respond(409, conflict.json(requestID: requestID), requestID: requestID, request: request))
            )
        }
        return (requestID, inFlightKey, nil)
    }

    /// Runs the checks and, for writes, the handler; releases the idempotency claim.
    private func run(_ request: StripeHTTPRequest, requestID: String, inFlightKey: String?) -> Step {
        if let inFlightKey { inFlight.remove(inFlightKey) }
        let step = decide(request, segments: Self.segments(request.path), requestID: requestID)
        if case .answer(.respond(let response)) = step { stats.record(status: response.status) }
        if case .answer(.drop(let response)) = step { stats.record(status: response.status) }
        return step
    }

    /// Counts the status of a read answered outside the actor.
    private func recordStatus(_ status: Int) {
        stats.record(status: status)
    }

    /// Checks auth, faults, permission and idempotency, then runs a write on the state or hands
    /// a read back with a snapshot of the state. Synchronous, so no other request interleaves.
    private func decide(_ request: StripeHTTPRequest, segments: [String], requestID: String) -> Step {
        do {
            guard segments.first == "v1", segments.count > 1 else {
                throw EmulatorCall(
                    method: request.method, segments: segments, params: FormParams(node: FormNode()), now: 0
                ).unrecognized
            }
            let key = try Self.apiKey(request.headers["authorization"])
            requestCount += 1
            try Self.checkVersion(request.headers["stripe-version"])
            try injectFaults()
            let livemode = key.hasPrefix("sk_live_") || key.hasPrefix("rk_live_")
            let route = Array(segments.dropFirst())
            try checkPermission(key: key, method: request.method, segments: route)
            try refuseAccountToRestrictedKey(key: key, method: request.method, segments: route)
            let text =
                request.method == "POST" ? String(decoding: request.body, as: UTF8.self) : request.query
            var call = EmulatorCall(
                method: request.method, segments: route, params: FormParams(node: FormNode.decode(text)),
                now: usage.clock.now())
            call.summaryLag = usage.summaryLag
            let idempotencyKey = request.method == "POST" ? request.headers["idempotency-key"] : nil
            let fingerprint = Self.fingerprint(method: request.method, path: request.path, form: text)
            if let idempotencyKey,
                let stored = try replay(apiKey: key, idempotencyKey: idempotencyKey, fingerprint: fingerprint)
            {
                return .answer(.respond(stored))
            }
            if request.method == "GET" {
                return .read(
                    livemode ? live : test, call, requestID: requestID,
                    stripeVersion: request.headers["stripe-version"])
            }
            var response: StripeHTTPResponse
            do {
                let body = try execute(call, livemode: livemode)
                response = respond(200, body, requestID: requestID, request: request)
            } catch let error as StripeAPIError where !error.isValidationFailure {
                response = respond(
                    error.status, error.json(requestID: requestID), requestID: requestID, request: request)
            } catch let error as StripeAPIError {
                throw error
            } catch {
                let failure = StripeAPIError(
                    status: 500, type: "api_error", code: nil, param: nil,
                    message: "The emulator failed: \(error)")
                response = respond(
                    500, failure.json(requestID: requestID), requestID: requestID, request: request)
            }
            // Stripe saves whatever a request returned once its endpoint began executing, errors
            // included; a request that failed validation saves nothing (it is thrown above).
            if let idempotencyKey {
                response.headers["idempotency-key"] = idempotencyKey
                idempotency[Self.scope(key, idempotencyKey)] = IdempotentResult(
                    fingerprint: fingerprint, response: response)
            }
            guard response.status == 200 else { return .answer(.respond(response)) }
            writeCount += 1
            if let every = faults.dropAfterCommitEvery, writeCount % every == 0 {
                return .answer(.drop(committed: response))
            }
            return .answer(.respond(response))
        } catch let error as StripeAPIError {
            var response = respond(
                error.status, error.json(requestID: requestID), requestID: requestID, request: request)
            if let retry = error.shouldRetry {
                response.headers["stripe-should-retry"] = retry ? "true" : "false"
            }
            return .answer(.respond(response))
        } catch {
            let failure = StripeAPIError(
                status: 500, type: "api_error", code: nil, param: nil,
                message: "The emulator failed: \(error)")
            return .answer(
                .respond(
                    respond(500, failure.json(requestID: requestID), requestID: requestID, request: request)))
        }
    }

    /// Runs the handler on a copy of the mode's state and keeps the copy only on success.
    private func execute(_ call: EmulatorCall, livemode: Bool) throws -> JSONValue {
        var state = livemode ? live : test
        let body = try state.dispatch(call)
        if livemode { live = state } else { test = state }
        return body
    }

    /// A JSON response with Stripe's headers.
    private func respond(_ status: Int, _ body: JSONValue, requestID: String, request: StripeHTTPRequest)
        -> StripeHTTPResponse
    {
        Self.response(status, body, requestID: requestID, stripeVersion: request.headers["stripe-version"])
    }

    /// A JSON response with Stripe's headers, built anywhere.
    static func response(_ status: Int, _ body: JSONValue, requestID: String, stripeVersion: String?)
        -> StripeHTTPResponse
    {
        StripeHTTPResponse(
            status: status,
            headers: [
                "content-type": "application/json",
                "request-id": requestID,
                "stripe-version": stripeVersion ?? apiVersion,
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
