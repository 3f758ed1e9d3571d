import Foundation
import Testing
import TariffStripe

@testable import TariffCLI

/// One session for every command: the same emulator account for `plan --emulator` and
/// `apply --emulator`, and the same key rules everywhere.
struct StripeSessionTests {
    /// The `Plan: …` line of a text plan.
    static func summaryLine(_ text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix("Plan: ") }.map(String.init)
    }

    @Test func applyWithTheEmulatorStartsFromTheSameDemoAccountAsPlan() throws {
        let environment = ["STRIPE_API_KEY": ""]
        let plan = try TariffBinary.run(
            ["plan", "--emulator", "--color", "never", "examples/demo"], environment: environment)
        #expect(plan.status == 0, "stderr: \(plan.stderr)")
        let applied = try TariffBinary.run(
            ["apply", "--emulator", "--auto-approve", "--color", "never", "examples/demo"],
            environment: environment)
        #expect(applied.status == 0, "stdout: \(applied.stdout)\nstderr: \(applied.stderr)")
        // The replacement exists only in the seeded demo account, not in an empty one.
        #expect(applied.stdout.contains("# products.search_api.prices.search_usage must be replaced"))
        let planned = try #require(Self.summaryLine(plan.stdout))
        #expect(Self.summaryLine(applied.stdout) == planned)
    }

    @Test func theEmulatorIsTheDemoAccountOnlyForTheDemoNamespace() async throws {
        let connection = try ConnectionOptions.parse(["--emulator"])
        let counts = try await [nil, "acme", "tariff-demo"].asyncMap { namespace in
            try await StripeSession.run(
                connection, key: .environment, namespace: namespace, apiVersion: nil, environment: [:]
            ) { session in
                #expect(session.key == nil && session.emulator != nil)
                return try await session.client.listAllProducts().count
            }
        }
        #expect(counts[0] == 0 && counts[1] == 0)
        #expect(counts[2] > 0)
    }

    @Test func theKeyComesFromTheConfigReferenceAndMustMatchTheMode() throws {
        let environment = ["BILLING_KEY": "sk_live_x", "STRIPE_API_KEY": "sk_test_fallback"]
        #expect(throws: CLIError.self) {
            _ = try StripeKeyResolver.resolve(
                .config(.environment("BILLING_KEY"), mode: .test), environment: environment)
        }
        let fallback = try StripeKeyResolver.resolve(
            .config(.environment("MISSING"), mode: .test), environment: environment)
        #expect(fallback.kindPrefix == "sk_test_")
        #expect(throws: CLIError.self) {
            _ = try StripeKeyResolver.resolve(.environment, environment: [:])
        }
    }
}

extension Array {
    /// `map` with an async transform, in order.
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
