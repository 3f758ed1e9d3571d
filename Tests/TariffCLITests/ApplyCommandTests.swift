import Foundation
import TariffStripe
import TariffTestSupport
import Testing

/// `tariff apply` end to end: the real binary against `tariff emulator` over loopback.
@Suite("tariff apply end to end", .serialized)
struct ApplyCommandTests {
    static let examples = ["examples/minimal", "examples/api-business"]

    /// Exactly one live object per declared product, active price and meter (no duplicates).
    static func counts(_ emulator: ApplyEmulatorProcess) async throws -> (
        products: Int, prices: Int, meters: Int, lookupKeys: Int
    ) {
        let prices = try await emulator.client.listAllPrices()
        let products = try await emulator.client.listAllProducts()
        let meters = try await emulator.client.listAllMeters()
        return (products.count, prices.count, meters.count, Set(prices.compactMap(\.lookupKey)).count)
    }

    @Test(arguments: examples)
    func applyThenPlanFindsNothing(_ example: String) async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let secret = emulator.directory.appendingPathComponent("webhook-secret").path
            let applied = try await emulator.tariff([
                "apply", "--auto-approve", "--webhook-secret-out", secret, example,
            ])
            #expect(applied.status == 0, "\(applied.stderr)")
            #expect(applied.stdout.contains("Apply complete"))
            let plan = try await emulator.tariff(["plan", "--detailed-exitcode", example])
            #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
            let secretText = (try? String(contentsOfFile: secret, encoding: .utf8)) ?? ""
            let attributes = try FileManager.default.attributesOfItem(atPath: secret)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            if example.hasSuffix("api-business") {
                #expect(secretText.hasPrefix("whsec_"))
                let token = secretText.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(!applied.stdout.contains(token) && !applied.stderr.contains(token))
            }
        }
    }

    @Test func withoutATerminalAutoApproveIsRequired() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let result = try await emulator.tariff(["apply", "examples/minimal"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("--auto-approve"))
            #expect(try await Self.counts(emulator).products == 0)
        }
    }

    @Test func jsonReportIsVersioned() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let result = try await emulator.tariff([
                "apply", "--auto-approve", "--format", "json", "examples/minimal",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(document?["format_version"] as? String == "1")
            #expect(document?["status"] as? String == "succeeded")
            #expect((document?["summary"] as? [String: Any])?["done"] as? Int == 2)
        }
    }

    @Test func failOnRefusesBeforeAnyWrite() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let result = try await emulator.tariff([
                "apply", "--auto-approve", "--fail-on", "create", "examples/minimal",
            ])
            #expect(result.status == 3)
            #expect(try await Self.counts(emulator).products == 0)
        }
    }

    @Test func faultsStillConvergeWithoutDuplicates() async throws {
        try await ApplyEmulatorProcess.with([
            "--fault", "429-every=3", "--fault", "500-every=7", "--fault", "drop-every=4",
        ]) { emulator in
            let result = try await emulator.tariff(["apply", "--auto-approve", "examples/api-business"])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            let counts = try await Self.counts(emulator)
            #expect(
                counts.products == 3 && counts.prices == 6 && counts.meters == 2 && counts.lookupKeys == 6)
            let plan = try await emulator.tariff(["plan", "--detailed-exitcode", "examples/api-business"])
            #expect(plan.status == 0, "\(plan.stdout)")
        }
    }

    @Test(arguments: 1...10)
    func killedPartWayThenRerunConverges(_ seed: Int) async throws {
        try await ApplyEmulatorProcess.with(["--latency-ms", "4", "--seed", "\(seed)"]) { emulator in
            var random = SplitMix(seed: UInt64(seed) &* 7919)
            // The plan reads 7 times, apply writes 14 times: kill somewhere among the writes.
            let killAt = 8 + Int(random.next() % 13)
            let run = try TariffRun(
                ["apply", "--auto-approve", "examples/api-business"], environment: emulator.environment)
            while run.process.isRunning, try await emulator.requestsServed() < killAt {
                try await Task.sleep(for: .milliseconds(1))
            }
            run.kill()
            let killed = try await run.wait()
            #expect(
                killed.status != 0, "seed \(seed): the run should have been killed after \(killAt) requests")
            let partial = try await emulator.tariff(["plan", "--detailed-exitcode", "examples/api-business"])
            #expect(
                partial.status == 2,
                "seed \(seed): killed after \(killAt) requests, yet nothing was left to do")
            let again = try await emulator.tariff(["apply", "--auto-approve", "examples/api-business"])
            #expect(again.status == 0, "seed \(seed): \(again.stdout)\(again.stderr)")
            let counts = try await Self.counts(emulator)
            #expect(
                counts.products == 3 && counts.prices == 6 && counts.meters == 2 && counts.lookupKeys == 6,
                "seed \(seed)")
            let plan = try await emulator.tariff(["plan", "--detailed-exitcode", "examples/api-business"])
            #expect(plan.status == 0, "seed \(seed): \(plan.stdout)")
        }
    }

    @Test func staleSavedPlanIsRefused() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            #expect(try await emulator.tariff(["apply", "--auto-approve", "examples/minimal"]).status == 0)
            let config = try emulator.writeConfig(
                (try String(
                    contentsOfFile: TariffBinary.repositoryRoot.appendingPathComponent(
                        "examples/minimal/tariff.yaml"
                    ).path, encoding: .utf8))
                    .replacingOccurrences(of: "name: Starter", with: "name: Starter plan"))
            let saved = emulator.directory.appendingPathComponent("plan.json").path
            let plan = try await emulator.tariff(["plan", "--out", saved, config])
            #expect(plan.status == 0)
            _ = try await emulator.client.updateProduct(
                "starter", ProductUpdateParams(description: .set("edited in the Dashboard")))
            let refused = try await emulator.tariff(["apply", "--auto-approve", "--plan", saved, config])
            #expect(refused.status == 1)
            #expect(
                refused.stderr.contains("stale") && refused.stderr.contains("product starter changed"),
                "\(refused.stderr)")
            #expect(try await emulator.client.retrieveProduct("starter").name == "Starter")
            let fresh = try await emulator.tariff(["plan", "--out", saved, config])
            #expect(fresh.status == 0)
            let applied = try await emulator.tariff(["apply", "--auto-approve", "--plan", saved, config])
            #expect(applied.status == 0, "\(applied.stderr)")
            #expect(try await emulator.client.retrieveProduct("starter").name == "Starter plan")
        }
    }
}
