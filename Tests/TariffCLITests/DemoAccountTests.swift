import Foundation
import Testing
import TariffEmulator

@testable import TariffCLI

/// `tariff emulator --seed demo`: the same demo account, served over loopback for the README's
/// next commands.
@Suite(.serialized)
struct DemoAccountTests {
    @Test func seedDemoIsParsedAndKeepsTheDemoIDSeed() throws {
        let command = try EmulatorCommand.parse(["--port", "0", "--seed", "demo"])
        #expect(command.seed == .demo)
        #expect(try command.emulatorConfiguration(environment: [:]).seed == DemoAccount.idSeed)
        #expect(try EmulatorCommand.parse(["--seed", "7"]).seed == .number(7))
        #expect(throws: (any Error).self) { try EmulatorCommand.parse(["--seed", "dem0"]) }
    }

    @Test func onlyTheDemoNamespaceAsksForTheDemoAccount() {
        #expect(DemoAccount.isRequested(byNamespace: "tariff-demo"))
        #expect(!DemoAccount.isRequested(byNamespace: "acme"))
        #expect(!DemoAccount.isRequested(byNamespace: nil))
    }

    @Test func theDemoAccountOverLoopbackPlansLikeTheInProcessOne() async throws {
        let emulator = StripeEmulator(configuration: .init(seed: DemoAccount.idSeed))
        try await DemoAccount.seed(into: emulator)
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        let result = try await TariffBinary.runOffPool(
            [
                "plan", "--api-base", "http://127.0.0.1:\(port)", "--detailed-exitcode", "--color", "never",
                "examples/demo",
            ],
            environment: ["STRIPE_API_KEY": "sk_test_demo", "TARIFF_STRIPE_API_BASE": ""])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Plan: 3 to create, 3 to update, 1 to replace, 0 to archive, 3 subscriptions to migrate."))
        await server.stop()
    }

    /// The README's next commands: apply to the loopback account, then plan again: nothing left.
    @Test func applyThenPlanAgainIsEmpty() async throws {
        let emulator = StripeEmulator(configuration: .init(seed: DemoAccount.idSeed))
        try await DemoAccount.seed(into: emulator)
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        let environment = [
            "STRIPE_API_KEY": "sk_test_demo", "TARIFF_STRIPE_API_BASE": "http://127.0.0.1:\(port)",
        ]
        let applied = try await TariffBinary.runOffPool(
            ["apply", "--auto-approve", "examples/demo"], environment: environment)
        #expect(applied.status == 0, "stdout: \(applied.stdout)\nstderr: \(applied.stderr)")
        let again = try await TariffBinary.runOffPool(
            ["plan", "--detailed-exitcode", "examples/demo"], environment: environment)
        #expect(again.status == 0, "stdout: \(again.stdout)\nstderr: \(again.stderr)")
        await server.stop()
    }
}
