import Foundation
import TariffConfig
import TariffStripe
import Testing

@testable import TariffEngine

/// A new meter is created pre-aggregated per `usage.window` (Stripe's `event_time_window`, fixed
/// at creation); live meters are never replaced for it (issue 11, item 6).
@Suite("Meters: event_time_window")
struct MeterWindowTests {
    static func config(window: String?) throws -> Config {
        let usage =
            window.map {
                "\nusage:\n  events: { preset: moesif }\n  window: \($0)\n"
            } ?? ""
        let yaml = """
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
        let loaded = ConfigLoader.load(inputs: [
            ConfigSourceFile(path: "tariff.yaml", bytes: Array(yaml.utf8))
        ])
        return try #require(loaded.config, "\(loaded.diagnostics.diagnostics.map(\.message))")
    }

    @Test("usage.window compiles to the meters' event_time_window; no usage section, none")
    func compiledFromUsageWindow() throws {
        #expect(
            DesiredStateCompiler.compile(try Self.config(window: "day")).meters.first?.eventTimeWindow == .day
        )
        #expect(
            DesiredStateCompiler.compile(try Self.config(window: "hour")).meters.first?.eventTimeWindow
                == .hour)
        #expect(
            DesiredStateCompiler.compile(try Self.config(window: nil)).meters.first?.eventTimeWindow == nil)
    }

    @Test("a new meter shows and sends event_time_window")
    func createCarriesTheWindow() throws {
        var desired = Fixture.desired()
        desired.meters[0].eventTimeWindow = .day
        var live = Fixture.matchingLive()
        live.meters = []
        let plan = Differ.diff(desired: desired, live: live)
        let create = try #require(plan.action(.create, at: .meter("api_calls")))
        #expect(
            create.changes.last
                == FieldChange(field: .meter(.eventTimeWindow), before: nil, after: .string("day")))
        let step = try #require(ApplyStepBuilder.steps(for: plan).first { $0.address == .meter("api_calls") })
        guard case .createMeter(let meter) = step.operation else {
            Issue.record("expected a meter create, got \(step.operation)")
            return
        }
        #expect(
            ApplyParams.meter(meter).stripeForm.pairs.contains {
                $0.key == "event_time_window" && $0.value == "day"
            })
    }

    @Test("a live meter without a window is kept as it is; one with another window is kept with a warning")
    func liveMetersAreNeverReplacedForTheWindow() throws {
        var desired = Fixture.desired()
        desired.meters[0].eventTimeWindow = .hour
        let unwindowed = Differ.diff(desired: desired, live: Fixture.matchingLive())
        #expect(unwindowed.actions.isEmpty)
        #expect(unwindowed.diagnostics.isEmpty)

        var live = Fixture.matchingLive()
        live.meters[0].eventTimeWindow = StripeEnum(.day)
        let differing = Differ.diff(desired: desired, live: live)
        #expect(differing.actions.isEmpty)
        #expect(differing.diagnostics.map(\.code) == ["plan.meter-window-differs"])
        #expect(differing.diagnostics.first?.severity == .warning)

        live.meters[0].eventTimeWindow = StripeEnum(.hour)
        #expect(Differ.diff(desired: desired, live: live).diagnostics.isEmpty)
    }
}
