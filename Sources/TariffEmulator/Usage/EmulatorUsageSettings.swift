import Foundation

/// The emulator's clock: the one "now" every handler reads, as Unix seconds.
///
/// Runs with the wall clock by default; `offset` shifts it (to replay a past day) and `frozen`
/// stops it at a fixed time. Everything time-dependent in the emulator (`created`, the 35-day
/// window of meter events, the 24 hours of identifier uniqueness, session expiry, summary lag)
/// reads `now()`, so test clocks can later drive this one source.
package struct EmulatorClock: Sendable, Hashable {
    /// Seconds added to the wall clock.
    package var offset: Int
    /// A fixed time that `now()` returns instead of the wall clock, when set.
    package var frozen: Int?

    package init(offset: Int = 0, frozen: Int? = nil) {
        self.offset = offset
        self.frozen = frozen
    }

    /// The current emulated time, Unix seconds.
    package func now() -> Int {
        now(wall: Date())
    }

    /// The emulated time when the wall clock shows `wall`.
    func now(wall: Date) -> Int {
        frozen ?? Int(wall.timeIntervalSince1970.rounded(.down)) + offset
    }
}

/// Usage-reporting behaviour of the emulator: its clock and how late meter events show up in
/// event summaries.
///
/// Both can be set at start (the environment of `tariff emulator`) and changed while it runs
/// (`POST /_emulator/clock`, `POST /_emulator/meter_event_lag`).
package struct EmulatorUsageSettings: Sendable, Hashable {
    package var clock: EmulatorClock
    /// Seconds after which an accepted meter event counts in event summaries (Stripe aggregates
    /// asynchronously; 0 makes every event visible at once).
    package var summaryLag: Int

    package init(clock: EmulatorClock = EmulatorClock(), summaryLag: Int = 0) {
        self.clock = clock
        self.summaryLag = summaryLag
    }

    /// The variable that sets `summaryLag` (seconds).
    package static let lagVariable = "TARIFF_EMULATOR_METER_EVENT_LAG"
    /// The variable that freezes the clock (Unix seconds or an ISO-8601 time).
    package static let nowVariable = "TARIFF_EMULATOR_NOW"

    /// Reads `TARIFF_EMULATOR_METER_EVENT_LAG` and `TARIFF_EMULATOR_NOW`.
    package static func from(environment: [String: String]) throws(EmulatorFaults.ParseError)
        -> EmulatorUsageSettings
    {
        var settings = EmulatorUsageSettings()
        if let text = environment[lagVariable] {
            guard let lag = Int(text), lag >= 0 else {
                throw EmulatorFaults.ParseError(
                    description: "\(lagVariable) must be a whole number of seconds (0 or more), got '\(text)'"
                )
            }
            settings.summaryLag = lag
        }
        if let text = environment[nowVariable] {
            guard let now = parseTime(text) else {
                throw EmulatorFaults.ParseError(
                    description:
                        "\(nowVariable) must be Unix seconds or an ISO-8601 time such as 2026-12-01T00:00:00Z, got '\(text)'"
                )
            }
            settings.clock.frozen = now
        }
        return settings
    }

    /// Unix seconds, or an ISO-8601 time (with or without fractional seconds).
    static func parseTime(_ text: String) -> Int? {
        if let seconds = Int(text) { return seconds }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return Int(date.timeIntervalSince1970) }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text).map { Int($0.timeIntervalSince1970.rounded(.down)) }
    }
}
