import Foundation
import Testing
import TariffEmulator

/// The real binary over loopback: `tariff import` writes a config that validates, `--adopt` shows
/// an adopt-only plan and applies it, and `plan --detailed-exitcode` then exits 0.
@Suite(.serialized)
struct ImportCommandTests {
    @Test func importValidateAdoptThenPlanExitsZero() async throws {
        let scenario = try await PlanScenario.start()
        try await ImportRoundTripTests.seedCatalog(scenario.emulator)
        let out = scenario.directory.appendingPathComponent("billing").path
        let environment = ["STRIPE_API_KEY": "sk_test_import", "TARIFF_STRIPE_API_BASE": scenario.baseURL]

        let written = try await TariffBinary.runOffPool(
            ["import", "--namespace", "acme", "--out", out], environment: environment)
        #expect(written.status == 0, "stderr: \(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.contains("Imported 2 meters, 2 products, 5 prices, 1 webhook endpoint into"))
        #expect(written.stderr.contains("Left out 4 archived objects ("))
        let yaml = try String(contentsOfFile: out + "/tariff.yaml", encoding: .utf8)
        #expect(yaml.contains("namespace: acme"))
        #expect(yaml.contains("  search:\n"))

        let validated = try await TariffBinary.runOffPool(["validate", out])
        #expect(validated.status == 0, "stderr: \(validated.stderr)")

        let unadopted = try await TariffBinary.runOffPool(["plan", out], environment: environment)
        #expect(unadopted.status == 1)
        #expect(unadopted.stderr.contains("plan.natural-key-taken"))

        let adopted = try await TariffBinary.runOffPool(
            ["import", "--namespace", "acme", "--out", out, "--adopt", "--auto-approve", "--color", "never"],
            environment: environment)
        #expect(adopted.status == 0, "stderr: \(adopted.stderr)")
        #expect(adopted.stdout.contains("<= "))
        #expect(adopted.stdout.hasPrefix("Plan: 0 to create, 0 to update, 0 to replace, 0 to archive"))
        #expect(adopted.stderr.contains("Adopted"))
        #expect(adopted.stderr.contains("set 1 lookup key"))

        let plan = try await TariffBinary.runOffPool(
            ["plan", "--detailed-exitcode", out], environment: environment)
        #expect(plan.status == 0, "stdout: \(plan.stdout)\nstderr: \(plan.stderr)")
        await scenario.stop()
    }

    /// The flow through the public commands, for a catalog whose prices all have lookup
    /// keys: import → validate → `plan --adopt` (adoptions only) → `apply --adopt` → empty plan.
    @Test func planAdoptThenApplyAdopt() async throws {
        let scenario = try await PlanScenario.start()
        try await ImportRoundTripTests.seedCatalog(scenario.emulator, bundleLookupKey: "export_bundles")
        let out = scenario.directory.appendingPathComponent("billing").path
        let environment = ["STRIPE_API_KEY": "sk_test_import", "TARIFF_STRIPE_API_BASE": scenario.baseURL]
        let written = try await TariffBinary.runOffPool(
            ["import", "--namespace", "acme", "--out", out], environment: environment)
        #expect(written.status == 0, "stderr: \(written.stderr)")
        #expect(!written.stderr.contains("without a lookup key"))

        let plan = try await TariffBinary.runOffPool(
            ["plan", "--adopt", "--detailed-exitcode", "--format", "json", out], environment: environment)
        #expect(plan.status == 2, "stderr: \(plan.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        let kinds = (object?["actions"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(kinds.count == 8)  // 2 products, 5 prices, the webhook; meters carry no marker
        #expect(Set(kinds) == ["adopt"])

        let applied = try await TariffBinary.runOffPool(
            ["apply", "--adopt", "--auto-approve", out], environment: environment)
        #expect(applied.status == 0, "stdout: \(applied.stdout)\nstderr: \(applied.stderr)")
        let again = try await TariffBinary.runOffPool(
            ["plan", "--detailed-exitcode", out], environment: environment)
        #expect(again.status == 0, "stdout: \(again.stdout)\nstderr: \(again.stderr)")
        await scenario.stop()
    }

    /// `import --adopt` writes to the account, so like `apply` it needs a "yes" on a terminal or
    /// `--auto-approve`; without either it refuses before writing anything.
    @Test func adoptWithoutATerminalNeedsAutoApprove() async throws {
        let scenario = try await PlanScenario.start()
        try await ImportRoundTripTests.seedCatalog(scenario.emulator)
        let out = scenario.directory.appendingPathComponent("billing").path
        let environment = ["STRIPE_API_KEY": "sk_test_import", "TARIFF_STRIPE_API_BASE": scenario.baseURL]
        let refused = try await TariffBinary.runOffPool(
            ["import", "--namespace", "acme", "--out", out, "--adopt"], environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("pass --auto-approve to import --adopt"), "stderr: \(refused.stderr)")
        let plan = try await TariffBinary.runOffPool(["plan", out], environment: environment)
        #expect(plan.stderr.contains("plan.natural-key-taken"), "nothing was adopted: \(plan.stderr)")
        await scenario.stop()
    }

    @Test func withoutAKeyImportExitsOneAndSaysWhy() async throws {
        let result = try await TariffBinary.runOffPool(["import"], environment: ["STRIPE_API_KEY": ""])
        #expect(result.status == 1)
        #expect(result.stderr.contains("STRIPE_API_KEY"))
    }
}
