import Foundation

/// Misbehaviour the emulator can be told to show, so retries and idempotency can be proven.
///
/// Counting is per emulator instance: "every Nth" counts Stripe requests (not `/_emulator/…`),
/// and the dropped-connection fault counts executed writes, so a retried write that replays its
/// stored response is not dropped again.
package struct EmulatorFaults: Sendable, Hashable {
    /// Added before each Stripe request is answered.
    package var latency: Duration = .zero
    /// Answer every Nth request with 429 `rate_limit`.
    package var rateLimitEvery: Int?
    /// Answer every Nth request with 429 `lock_timeout` (another request holds the object).
    package var lockTimeoutEvery: Int?
    /// Answer every Nth request with a 500 `api_error`.
    package var serverErrorEvery: Int?
    /// Answer this fraction (0…1) of requests, chosen at random, with a 500.
    package var serverErrorRate: Double?
    /// Execute every Nth write, then drop the connection instead of answering.
    package var dropAfterCommitEvery: Int?

    package init(
        latency: Duration = .zero, rateLimitEvery: Int? = nil, lockTimeoutEvery: Int? = nil,
        serverErrorEvery: Int? = nil,
        serverErrorRate: Double? = nil, dropAfterCommitEvery: Int? = nil
    ) {
        self.lockTimeoutEvery = lockTimeoutEvery
        self.latency = latency
        self.rateLimitEvery = rateLimitEvery
        self.serverErrorEvery = serverErrorEvery
        self.serverErrorRate = serverErrorRate
        self.dropAfterCommitEvery = dropAfterCommitEvery
    }

    /// No faults.
    package static let none = EmulatorFaults()

    /// Whether any fault is switched on.
    package var isActive: Bool { self != .none }

    /// Why a fault specification could not be read.
    package struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        package var description: String
    }

    /// The fault names understood by `parse`, for help texts.
    package static let syntax =
        "latency-ms=N, 429-every=N, lock-every=N, 500-every=N, 500-rate=0.R, drop-every=N (comma-separated)"

    /// Reads a comma-separated list such as `429-every=3,latency-ms=20,drop-every=5`,
    /// the format of `--fault` and `TARIFF_EMULATOR_FAULTS`. Later entries override earlier ones.
    package mutating func apply(_ specification: String) throws(ParseError) {
        for item in specification.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !item.isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ParseError(description: "fault '\(item)' needs a value (\(Self.syntax))")
            }
            let name = parts[0]
            let value = parts[1]
            if name == "500-rate" {
                guard let rate = Double(value), (0...1).contains(rate) else {
                    throw ParseError(description: "500-rate must be a number from 0 to 1, got '\(value)'")
                }
                serverErrorRate = rate
                continue
            }
            guard let number = Int(value), number >= (name == "latency-ms" ? 0 : 1) else {
                throw ParseError(description: "fault '\(name)' needs a positive whole number, got '\(value)'")
            }
            switch name {
            case "latency-ms": latency = .milliseconds(number)
            case "429-every": rateLimitEvery = number
            case "lock-every": lockTimeoutEvery = number
            case "500-every": serverErrorEvery = number
            case "drop-every": dropAfterCommitEvery = number
            default: throw ParseError(description: "unknown fault '\(name)' (\(Self.syntax))")
            }
        }
    }
}

extension StripeEmulator.Configuration {
    /// Reads restricted-key permissions from `rk_test_a=plan_read+product_read;rk_test_b=…`,
    /// the format of `TARIFF_EMULATOR_RESTRICTED_KEYS`. Keys only come from the environment,
    /// never from flags, so they do not show up in process listings.
    package static func restrictedKeys(from text: String) throws(EmulatorFaults.ParseError) -> [String: Set<
        String
    >] {
        var keys: [String: Set<String>] = [:]
        for entry in text.split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = entry.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, parts[0].hasPrefix("rk_") else {
                throw EmulatorFaults.ParseError(
                    description:
                        "restricted keys must look like rk_test_…=plan_read+product_read (separated by ';')")
            }
            keys[parts[0]] = Set(parts[1].split(separator: "+").map(String.init))
        }
        return keys
    }
}
