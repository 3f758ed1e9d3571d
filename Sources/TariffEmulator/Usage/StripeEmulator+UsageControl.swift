import Foundation
import TariffStripe

extension StripeEmulator {
    /// The emulator's current time, Unix seconds: the one clock every handler reads.
    package var now: Int { usage.clock.now() }

    /// The usage settings in force (clock and summary lag).
    package var usageSettings: EmulatorUsageSettings { usage }

    /// Freezes the clock at `time` (Unix seconds); nil lets it run with the wall clock again.
    package func setNow(_ time: Int?) {
        usage.clock = EmulatorClock(offset: 0, frozen: time)
    }

    /// Moves the clock forward (or back, with a negative number) by `seconds`.
    package func advanceClock(by seconds: Int) {
        if let frozen = usage.clock.frozen {
            usage.clock.frozen = frozen + seconds
        } else {
            usage.clock.offset += seconds
        }
    }

    /// How many seconds after receipt a meter event counts in event summaries.
    package func setSummaryLag(_ seconds: Int) {
        usage.summaryLag = max(0, seconds)
    }

    /// The control endpoints for usage tests, or nil when `request` is not one of them:
    ///
    /// - `GET /_emulator/clock` → `{"now": …, "frozen": …|null, "offset": …}`
    /// - `POST /_emulator/clock` with `now=<Unix seconds or ISO-8601>` (freeze there),
    ///   `advance=<seconds>`, or `now=wall` (run with the wall clock again)
    /// - `GET`/`POST /_emulator/meter_event_lag` with `seconds=N`
    /// - `GET /_emulator/meter_event_errors[?livemode=true]`: what Stripe would report
    ///   asynchronously for events it accepted but did not count, oldest first
    /// - `POST /_emulator/faults` with `spec=<the --fault syntax>` (or empty: none): replaces the
    ///   faults (but not the latency) from then on, so a test can build its account first and misbehave after
    func usageControl(_ request: StripeHTTPRequest) -> StripeHTTPResponse? {
        let text = request.method == "POST" ? String(decoding: request.body, as: UTF8.self) : request.query
        let params = Dictionary(FormNode.pairs(text).map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
        switch (request.method, request.path) {
        case ("GET", "/_emulator/clock"):
            return controlAnswer(clockJSON)
        case ("POST", "/_emulator/clock"):
            if let text = params["now"] {
                if text == "wall" {
                    setNow(nil)
                } else if let time = EmulatorUsageSettings.parseTime(text) {
                    setNow(time)
                } else {
                    return controlError("now must be Unix seconds, an ISO-8601 time or 'wall', got '\(text)'")
                }
            }
            if let text = params["advance"] {
                guard let seconds = Int(text) else {
                    return controlError("advance must be a whole number of seconds, got '\(text)'")
                }
                advanceClock(by: seconds)
            }
            return controlAnswer(clockJSON)
        case ("GET", "/_emulator/meter_event_lag"):
            return controlAnswer(.object([("seconds", .int(usage.summaryLag))]))
        case ("POST", "/_emulator/meter_event_lag"):
            guard let text = params["seconds"], let seconds = Int(text), seconds >= 0 else {
                return controlError("seconds must be a whole number of seconds (0 or more)")
            }
            setSummaryLag(seconds)
            return controlAnswer(.object([("seconds", .int(usage.summaryLag))]))
        case ("POST", "/_emulator/faults"):
            var replacement = EmulatorFaults(latency: configuration.faults.latency)
            do {
                try replacement.apply(params["spec"] ?? "")
            } catch {
                return controlError(error.description)
            }
            replacement.latency = configuration.faults.latency
            faults = replacement
            return controlAnswer(.object([("active", .bool(faults.isActive))]))
        case ("GET", "/_emulator/meter_event_errors"):
            let state = params["livemode"] == "true" ? live : test
            return controlAnswer(
                ListPage.envelope(
                    state.meterEvents.asyncErrors.map(\.json), hasMore: false,
                    url: "/_emulator/meter_event_errors"))
        default:
            return nil
        }
    }

    private var clockJSON: JSONValue {
        .object([
            ("now", .int(usage.clock.now())),
            ("frozen", .int(usage.clock.frozen)),
            ("offset", .int(usage.clock.offset)),
        ])
    }

    private func controlAnswer(_ body: JSONValue) -> StripeHTTPResponse {
        StripeHTTPResponse(status: 200, headers: ["content-type": "application/json"], body: body.prettyBytes)
    }

    private func controlError(_ message: String) -> StripeHTTPResponse {
        let body = JSONValue.object([
            ("error", .object([("message", .string(message)), ("type", .string("invalid_request_error"))]))
        ])
        return StripeHTTPResponse(
            status: 400, headers: ["content-type": "application/json"], body: body.prettyBytes)
    }
}
