import Foundation

/// The ISO-8601 times of Stripe's v2 API, as the emulator writes and reads them.
enum EmulatorISOTime {
    /// `2026-12-02T00:00:00.000Z`.
    static func string(_ seconds: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Whole Unix seconds, or nil when `text` is not an ISO-8601 time.
    static func seconds(_ text: String) -> Int? {
        EmulatorUsageSettings.parseTime(text).flatMap { Int(text) == nil ? $0 : nil }
    }
}
