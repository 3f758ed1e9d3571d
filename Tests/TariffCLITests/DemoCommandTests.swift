import Foundation
import Testing

/// The README's first command, run as written (the built binary stands in for `swift run tariff`):
/// the plan against the demo account must show each thing a newcomer should see.
struct DemoCommandTests {
    /// The README's first command; `swift run tariff` is the binary the tests already built.
    static let firstCommand = "swift run tariff plan --emulator examples/demo"

    static func runFirstCommand(_ extra: [String] = []) throws -> TariffBinary.Result {
        let words = firstCommand.split(separator: " ").map(String.init)
        #expect(Array(words.prefix(3)) == ["swift", "run", "tariff"])
        return try TariffBinary.run(Array(words.dropFirst(3)) + extra, environment: ["STRIPE_API_KEY": ""])
    }

    @Test func theReadmeShowsTheCommandWhenItHasOne() throws {
        let readme = TariffBinary.repositoryRoot.appendingPathComponent("README.md")
        guard let text = try? String(contentsOf: readme, encoding: .utf8), text.contains("swift run tariff")
        else { return }
        #expect(text.contains(Self.firstCommand))
    }

    @Test func thePlanShowsEveryElementOfTheDemo() throws {
        let result = try Self.runFirstCommand(["--color", "never"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = result.stdout
        // Creates: the new meter, product and price.
        #expect(text.contains("# meters.stored_gb will be created"))
        #expect(text.contains("# products.storage will be created"))
        #expect(text.contains("# products.storage.prices.storage_monthly will be created"))
        // An update: the description edited in the Dashboard.
        #expect(text.contains("# products.search_api will be updated in place"))
        #expect(text.contains("~ description = \"Search API\" -> \"Full-text search"))
        // A replacement, with the field that forces it and the subscribers it touches.
        #expect(text.contains("# products.search_api.prices.search_usage must be replaced"))
        #expect(text.contains("# forces replacement"))
        #expect(text.contains("3 subscriptions on"))
        #expect(text.contains("migrate_at_period_end"))
        // The product made by hand, and the customer without a company id.
        let unmanaged = try #require(text.range(of: "Unmanaged objects"))
        #expect(text[unmanaged.upperBound...].contains("legacy_support"))
        let audit = try #require(text.range(of: "Id-mapping audit:"))
        #expect(text[audit.upperBound...].contains("no customer.metadata.company_id"))
    }

    @Test func theJSONPlanHasEachKind() throws {
        let result = try Self.runFirstCommand(["--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let actions = object?["actions"] as? [[String: Any]] ?? []
        let kinds = Set(actions.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["create", "update", "replace"]))
        let unmanaged = object?["unmanaged"] as? [[String: Any]] ?? []
        #expect(unmanaged.contains { ($0["id"] as? String) == "legacy_support" })
        let audit = object?["audit"] as? [[String: Any]] ?? []
        #expect(audit.map { $0["kind"] as? String } == ["missing_company_id"])
    }
}
