import Foundation
import Testing

/// The README's usage demo, run as written: the demo events against the demo account show usage
/// per company to report and each kind of usage that cannot be billed.
struct UsageDemoCommandTests {
    static let command = "swift run tariff usage plan --emulator examples/demo"

    static func run(_ extra: [String] = []) throws -> TariffBinary.Result {
        let words = command.split(separator: " ").map(String.init)
        return try TariffBinary.run(Array(words.dropFirst(3)) + extra, environment: ["STRIPE_API_KEY": ""])
    }

    @Test func theReadmeShowsTheCommand() throws {
        let readme = try String(
            contentsOf: TariffBinary.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(Self.command))
    }

    @Test func thePlanShowsUsagePerCompanyAndWhatCannotBeBilled() throws {
        let result = try Self.run(["--color", "never"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = result.stdout
        let sends = try #require(text.range(of: "To send:"))
        let afterSends = text[sends.upperBound...]
        #expect(afterSends.contains("co_globex → cus_"), "\(text)")
        #expect(afterSends.contains("co_initech → cus_"))
        let noCustomer = try #require(text.range(of: "Companies with usage but no Stripe customer:"))
        #expect(text[noCustomer.upperBound...].contains("co_wayne"))
        let noSubscription = try #require(
            text.range(of: "Customers without a subscription on a price of the meter:"))
        #expect(text[noSubscription.upperBound...].contains("co_umbrella"))
        #expect(text.contains("Usage older than Stripe's 35 days"))
        #expect(text.contains("Windows not yet settled"))
        #expect(text.contains("As of 2026-12-01 12:00 UTC"))
    }

    @Test func theDemoIsDeterministic() throws {
        let first = try Self.run(["--format", "json"])
        let second = try Self.run(["--format", "json"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout == second.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        #expect((summary?["send"] as? Int ?? 0) > 0)
        let held = summary?["held"] as? [String: Int] ?? [:]
        for reason in ["no_customer", "no_subscription", "too_old", "unsettled"] {
            #expect((held[reason] ?? 0) > 0, "\(reason)")
        }
    }

    @Test func detailedExitcodeSaysThereIsUsageToSend() throws {
        let result = try Self.run(["--detailed-exitcode"])
        #expect(result.status == 2, "\(result.stderr)")
    }
}
