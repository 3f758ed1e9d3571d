import Foundation
import TariffStripe
import Testing

/// `usage.window` reaches Stripe as a new meter's `event_time_window`, through the real binary and
/// `tariff emulator`; a meter created before without one is left as it is (issue 11, item 6).
@Suite("Meter event_time_window, end to end", .serialized)
struct MeterWindowE2ETests {
    static func config(window: String?) -> String {
        let usage = window.map { "\nusage:\n  events: { preset: moesif }\n  window: \($0)\n" } ?? ""
        return """
            version: 1
            stripe:
              api_key: env:STRIPE_API_KEY
              mode: test
            meters:
              calls:
                display_name: Calls
                event_name: calls
                metric: { aggregate: count }
            """ + usage
    }

    /// The part of a meter the test reads.
    struct Meter: Decodable, Sendable {
        var event_name: String
        var event_time_window: String?
    }

    @Test func aNewMeterIsCreatedPreAggregated() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let path = try emulator.writeConfig(Self.config(window: "day"))
            let text = try await emulator.tariff(["plan", "--color", "never", path])
            #expect(text.stdout.contains("event_time_window"), "\(text.stdout)")
            let markdown = try await emulator.tariff(["plan", "--format", "markdown", path])
            #expect(markdown.stdout.contains("`event_time_window`"), "\(markdown.stdout)")
            let json = try await emulator.tariff(["plan", "--format", "json", path])
            #expect(json.stdout.contains("\"event_time_window\""), "\(json.stdout)")

            #expect(try await emulator.tariff(["apply", "--auto-approve", path]).status == 0)
            let meters: StripeList<Meter> = try await emulator.client.get("/v1/billing/meters")
            #expect(meters.data.map(\.event_time_window) == ["day"])
            #expect(try await emulator.tariff(["plan", "--detailed-exitcode", path]).status == 0)
        }
    }

    @Test func aMeterWithoutAWindowIsNotReplaced() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let path = try emulator.writeConfig(Self.config(window: nil))
            #expect(try await emulator.tariff(["apply", "--auto-approve", path]).status == 0)
            _ = try emulator.writeConfig(Self.config(window: "hour"))
            let plan = try await emulator.tariff(["plan", "--detailed-exitcode", path])
            #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
            let meters: StripeList<Meter> = try await emulator.client.get("/v1/billing/meters")
            #expect(meters.data.count == 1 && meters.data.first?.event_time_window == nil)
        }
    }
}
