import Foundation
import Testing
import TariffConfig
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport

/// `tariff permissions`: golden output for a read-only plan and for an apply, and proof against
/// the emulator's restricted keys that the set is enough and each permission in it is needed.
@Suite(.serialized)
struct PermissionsCommandTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "PermissionsGoldens")

    @Test(arguments: [
        (["--for", "plan", "--format", "json"], "api-business-plan.json"),
        (["--for", "apply", "--format", "json"], "api-business-apply.json"),
        (["--for", "plan"], "api-business-plan.txt"),
        (["--for", "apply"], "api-business-apply.txt"),
        (["--for", "usage", "--format", "json"], "api-business-usage.json"),
        (["--for", "usage"], "api-business-usage.txt"),
    ])
    func golden(arguments: [String], file: String) throws {
        let result = try TariffBinary.run(["permissions"] + arguments + ["examples/api-business"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let url = Self.goldens.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["TARIFF_RECORD_GOLDENS"] == "1" {
            try Data(result.stdout.utf8).write(to: url)
        }
        #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func planPermissionsAreAllRead() throws {
        let result = try TariffBinary.run([
            "permissions", "--for", "plan", "--format", "json", "examples/api-business",
        ])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let names = (object?["permissions"] as? [[String: String]] ?? []).compactMap { $0["permission"] }
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0.hasSuffix("_read") })
    }

    @Test func anInvalidConfigExitsOne() throws {
        let result = try TariffBinary.run(["permissions", "examples/invalid/typos.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }

    /// The example's desired state and the permissions `scope` needs for it.
    static func example(_ scope: PermissionScope) throws -> (DesiredState, [StripePermission]) {
        let desired = try ApplyBench.example("api-business").0
        return (desired, PermissionReport(desired: desired, scope: scope).permissions)
    }

    /// A client over an in-process emulator that knows one restricted key with `granted`.
    static func restrictedClient(granted: [StripePermission]) -> (StripeEmulator, StripeClient) {
        let key = "rk_test_tariffPermissions"
        let emulator = StripeEmulator(
            configuration: .init(restrictedKeyPermissions: [key: Set(granted.map(\.rawValue))], seed: 11))
        let client = StripeClient(
            configuration: StripeClientConfiguration(apiKey: StripeAPIKey(key), baseURL: "emulator"),
            transport: EmulatorTransport(emulator: emulator))
        return (emulator, client)
    }

    @Test func thePlanSetIsEnoughToPlan() async throws {
        let (desired, permissions) = try Self.example(.plan)
        let (_, client) = Self.restrictedClient(granted: permissions)
        let plan = try await Planner(client: client).plan(desired, options: PlanOptions())
        #expect(!plan.actions.isEmpty)
    }

    @Test func theApplySetIsEnoughToApply() async throws {
        let (desired, permissions) = try Self.example(.apply)
        let (_, client) = Self.restrictedClient(granted: permissions)
        let planned = try await ApplyPlanner(reader: LiveStateReader(client: client)).plan(
            desired, options: PlanOptions())
        let report = await ApplyExecutor(
            plan: planned.plan, client: client, options: ApplyOptions(knownIDs: planned.knownIDs)
        ).run()
        #expect(report.stoppedAt == nil)
        let again = try await Planner(client: client).plan(desired, options: PlanOptions())
        #expect(again.actions.isEmpty)
    }

    @Test(arguments: [
        "product_read", "plan_read", "billing_meter_read", "webhook_read",
    ])
    func aKeyLackingOnePlanPermissionGetsA403NamingIt(missing: String) async throws {
        let (desired, permissions) = try Self.example(.plan)
        let (_, client) = Self.restrictedClient(granted: permissions.filter { $0.rawValue != missing })
        let error = await #expect(throws: StripeError.self) {
            _ = try await Planner(client: client).plan(desired, options: PlanOptions())
        }
        #expect(error?.status == 403)
        #expect(error?.kind == .permissionDenied(StripePermission(rawValue: missing)))
        let message = error?.description ?? ""
        #expect(message.contains("'\(missing)'"))
        #expect(message.contains("tariff permissions"))
    }

    @Test func aKeyLackingPlanWriteFailsTheApplyNamingIt() async throws {
        let (desired, permissions) = try Self.example(.apply)
        let (_, client) = Self.restrictedClient(granted: permissions.filter { $0.rawValue != "plan_write" })
        let planned = try await ApplyPlanner(reader: LiveStateReader(client: client)).plan(
            desired, options: PlanOptions())
        let report = await ApplyExecutor(
            plan: planned.plan, client: client, options: ApplyOptions(knownIDs: planned.knownIDs)
        ).run()
        #expect(report.stoppedAt == .prices)
        let failures = report.results.filter { $0.outcome == .failed }.compactMap(\.detail)
        #expect(failures.contains { $0.contains("'plan_write'") && $0.contains("tariff permissions") })
    }

    /// What a user sees: `tariff plan` with a key lacking `billing_meter_read`, over loopback.
    @Test func thePlanCommandNamesTheMissingPermissionAndPointsHere() async throws {
        let (_, permissions) = try Self.example(.plan)
        let key = "rk_test_noMeters"
        let emulator = StripeEmulator(
            configuration: .init(restrictedKeyPermissions: [
                key: Set(permissions.map(\.rawValue).filter { $0 != "billing_meter_read" })
            ]))
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        let result = try await TariffBinary.runOffPool(
            ["plan", "--api-base", "http://127.0.0.1:\(port)", "examples/api-business"],
            environment: ["STRIPE_API_KEY": key, "TARIFF_STRIPE_API_BASE": ""])
        await server.stop()
        #expect(result.status == 1)
        #expect(result.stderr.contains("lacks the 'billing_meter_read' permission"))
        #expect(result.stderr.contains("`tariff permissions`"))
        #expect(!result.stderr.contains(key))
    }
}
