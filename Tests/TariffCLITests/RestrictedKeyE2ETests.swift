import Foundation
import Testing
import TariffEmulator

/// Issue 10 item 11: plan and apply run end to end with a restricted key that holds exactly the
/// permissions `tariff permissions --for apply` prints, and never ask for the account (Stripe
/// lets no restricted key read `GET /v1/account`).
@Suite(.serialized)
struct RestrictedKeyE2ETests {
    /// The scenario's config, pinned to an account a restricted key cannot check.
    static let config = PlanScenario.config().replacingOccurrences(
        of: "stripe:\n  namespace: acme\n", with: "stripe:\n  namespace: acme\n  account: acct_1Pinned\n")

    /// The permission names `tariff permissions --for apply --format json` prints for `path`.
    static func printedPermissions(_ path: String) throws -> Set<String> {
        let result = try TariffBinary.run(["permissions", "--for", "apply", "--format", "json", path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let entries = try #require(object?["permissions"] as? [[String: String]])
        return Set(entries.compactMap { $0["permission"] })
    }

    @Test func planAndApplyWithExactlyThePrintedPermissions() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-rk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("tariff.yaml").path
        try Data(Self.config.utf8).write(to: URL(fileURLWithPath: path))
        let granted = try Self.printedPermissions(path)
        #expect(!granted.contains("connected_account_read"))

        let key = "rk_test_exactlyPrinted"
        let emulator = StripeEmulator(configuration: .init(restrictedKeyPermissions: [key: granted]))
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        let base = "http://127.0.0.1:\(port)"
        let environment = ["STRIPE_API_KEY": key, "TARIFF_STRIPE_API_BASE": base, "NO_COLOR": "1"]

        let plan = try await TariffBinary.runOffPool(["plan", path], environment: environment)
        #expect(plan.status == 0, "stderr: \(plan.stderr)")
        #expect(plan.stderr.contains("plan.account-unchecked"), "a pin is a warning: \(plan.stderr)")
        #expect(plan.stdout.contains("account not read (restricted key)"))

        let applied = try await TariffBinary.runOffPool(
            ["apply", "--auto-approve", path], environment: environment)
        #expect(applied.status == 0, "stdout: \(applied.stdout)\nstderr: \(applied.stderr)")

        let again = try await TariffBinary.runOffPool(
            ["plan", "--detailed-exitcode", path], environment: environment)
        #expect(again.status == 0, "stdout: \(again.stdout)\nstderr: \(again.stderr)")

        let endpoints = await emulator.statistics.byEndpoint
        await server.stop()
        #expect(!endpoints.keys.contains { $0.hasSuffix("/v1/account") }, "\(endpoints.keys.sorted())")
        #expect(!plan.stderr.contains(key) && !applied.stderr.contains(key) && !applied.stdout.contains(key))
    }

    @Test func aSecretKeyStillChecksThePin() async throws {
        let scenario = try await PlanScenario.start()
        let path = try scenario.writeConfig(Self.config)
        let result = try await TariffBinary.runOffPool(
            ["plan", "--api-base", scenario.baseURL, path],
            environment: ["STRIPE_API_KEY": "sk_test_pinned", "TARIFF_STRIPE_API_BASE": ""])
        await scenario.stop()
        #expect(result.status == 1)
        #expect(result.stderr.contains("plan.account-mismatch"), "stderr: \(result.stderr)")
    }
}
