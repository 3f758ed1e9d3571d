import Foundation
import TariffStripe
import Testing

/// A meter renamed, then pruned, by the real binary against `tariff emulator`: the meter update
/// and deactivation requests that the contract check must see (`scripts/contract`).
@Suite("tariff apply: meter rename and prune end to end", .serialized)
struct MeterLifecycleE2ETests {
    static func config(meterName: String?) -> String {
        var text = "version: 1\n"
        if let meterName {
            text += """
                meters:
                  calls:
                    display_name: \(meterName)
                    event_name: calls
                    metric: { aggregate: count }

                """
        }
        text += """
            products:
              team:
                name: Team
                prices:
                  seat: { currency: usd, interval: month, flat: 1000 }

            """
        if meterName != nil {
            text += """
                      calls: { currency: usd, interval: month, meter: calls, per_unit: "0.5", nickname: Calls }

                """
        }
        return text
    }

    @Test func renameThenPruneTheMeter() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let path = try emulator.writeConfig(Self.config(meterName: "Calls"))
            let created = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(created.status == 0, "\(created.stdout)\(created.stderr)")
            _ = try emulator.writeConfig(Self.config(meterName: "API calls"))
            let renamed = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(renamed.status == 0, "\(renamed.stdout)\(renamed.stderr)")
            let meters = try await emulator.client.listAllMeters()
            #expect(meters.map(\.displayName) == ["API calls"])
            _ = try emulator.writeConfig(Self.config(meterName: nil))
            let pruned = try await emulator.tariff(["apply", "--auto-approve", "--prune", path])
            #expect(pruned.status == 0, "\(pruned.stdout)\(pruned.stderr)")
            let after = try await emulator.client.listAllMeters()
            #expect(after.allSatisfy { $0.status.rawValue == "inactive" }, "\(after.map(\.status))")
            let plan = try await emulator.tariff(["plan", "--detailed-exitcode", "--prune", path])
            #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
        }
    }
}
