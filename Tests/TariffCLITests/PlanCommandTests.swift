import Foundation
import Testing
import TariffRender

/// `tariff plan` end to end: the real binary against `tariff emulator`'s server on loopback.
@Suite("tariff plan (end to end)", .serialized)
struct PlanCommandTests {
    @Test("an empty account plans every create; --detailed-exitcode exits 2")
    func emptyAccount() async throws {
        let scenario = try await PlanScenario.start()
        defer { Task { await scenario.stop() } }
        let path = try scenario.writeConfig(PlanScenario.config())
        let result = try scenario.plan(["--format", "json", "--detailed-exitcode", path])
        #expect(result.status == 2, "\(result.stderr)")
        let document = try PlanScenario.document(result)
        #expect(document.actions.map(\.kind) == ["create", "create", "create", "create", "update"])
        #expect(
            document.actions.map(\.address) == [
                "meters.api_calls", "products.search_api", "products.search_api.prices.search_usage",
                "products.search_api.prices.platform_fee", "products.search_api",
            ])
        #expect(document.mode == "test")
        #expect(!result.stdout.contains("sk_test_planE2E"))
    }

    @Test(
        "an account that matches the config exits 0 with --detailed-exitcode, and --out writes the document")
    func matchingAccount() async throws {
        let scenario = try await PlanScenario.start()
        defer { Task { await scenario.stop() } }
        _ = try await scenario.seedMatchingCatalog()
        let path = try scenario.writeConfig(PlanScenario.config())
        let out = scenario.directory.appendingPathComponent("plan.json").path
        let result = try scenario.plan(["--detailed-exitcode", "--out", out, path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        let saved = try SavedPlanHeaderV1.decode(from: data)
        let statistics = try JSONDecoder().decode(PlanJSON.self, from: data).statistics
        #expect(saved.actions.isEmpty)
        #expect(saved.fingerprints.count == 4)
        #expect(!saved.configDigest.isEmpty)
        #expect(statistics.requests == statistics.minimumPages)
    }

    @Test("a changed amount on a price with subscribers is a replace plus a migrate, with counts")
    func replaceAndMigrate() async throws {
        let scenario = try await PlanScenario.start()
        defer { Task { await scenario.stop() } }
        let prices = try await scenario.seedMatchingCatalog()
        try await scenario.subscribe(to: prices.usage, companyID: "co_1")
        try await scenario.subscribe(to: prices.usage, companyID: nil)
        let path = try scenario.writeConfig(PlanScenario.config(usageAmount: "0.3"))
        let result = try scenario.plan(["--format", "json", path])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try PlanScenario.document(result)
        let replace = try #require(document.actions.first { $0.kind == "replace" })
        #expect(replace.address == "products.search_api.prices.search_usage")
        #expect(replace.forcesReplacement == ["unit_amount"])
        #expect(replace.subscribers?.byStatus == ["active": 2])
        let migrate = try #require(document.actions.first { $0.kind == "migrate" })
        #expect(migrate.migration?.items.count == 2)
        #expect(document.audit.map(\.kind) == ["missing_company_id"])
        #expect(result.stderr.contains("lack customer.metadata.company_id"))
        let gated = try scenario.plan(["--fail-on", "archive,replace", path])
        #expect(gated.status == 3)
        #expect(gated.stdout.contains("-/+"))
        #expect(gated.stdout.contains("forces replacement"))
    }

    @Test("a product renamed and a price archived in the Dashboard show as changes back to the YAML")
    func dashboardDrift() async throws {
        let scenario = try await PlanScenario.start()
        defer { Task { await scenario.stop() } }
        let prices = try await scenario.seedMatchingCatalog()
        try await scenario.post("/v1/products/search_api", "name=Renamed")
        try await scenario.post("/v1/prices/\(prices.fee)", "active=false")
        let path = try scenario.writeConfig(PlanScenario.config())
        let result = try scenario.plan(["--format", "json", "--detailed-exitcode", path])
        #expect(result.status == 2, "\(result.stderr)")
        let document = try PlanScenario.document(result)
        #expect(document.actions.map(\.kind) == ["update", "update"])
        #expect(document.actions.flatMap { $0.changes.map(\.field) } == ["name", "active"])
        #expect(document.actions.last?.changes.first?.drift == true)
    }

    @Test("objects without Tariff's marker are listed as unmanaged and left alone")
    func unmanaged() async throws {
        let scenario = try await PlanScenario.start()
        defer { Task { await scenario.stop() } }
        _ = try await scenario.seedMatchingCatalog()
        try await scenario.post("/v1/products", "id=consulting&name=Consulting")
        try await scenario.post(
            "/v1/prices", "product=consulting&currency=usd&unit_amount=10000&lookup_key=consulting_hour")
        let path = try scenario.writeConfig(PlanScenario.config())
        let result = try scenario.plan(["--format", "json", "--detailed-exitcode", "--prune", path])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try PlanScenario.document(result)
        #expect(document.actions.isEmpty)
        #expect(document.unmanaged.map(\.resource) == ["product", "price"])
        #expect(document.unmanaged.map(\.naturalKey) == ["consulting", "consulting_hour"])
        #expect(document.unmanaged.allSatisfy { $0.reason == "no_marker" })
    }

    @Test("--audit all reads every subscription once, so an unchanged price's customers are audited too")
    func auditAll() async throws {
        let scenario = try await PlanScenario.start()
        defer { Task { await scenario.stop() } }
        let prices = try await scenario.seedMatchingCatalog()
        try await scenario.subscribe(to: prices.fee, companyID: nil)
        let path = try scenario.writeConfig(PlanScenario.config())
        let touched = try PlanScenario.document(try scenario.plan(["--format", "json", path]))
        #expect(touched.audit.isEmpty)
        let result = try scenario.plan(["--format", "json", "--audit", "all", path])
        #expect(result.status == 0, "\(result.stderr)")
        let everything = try PlanScenario.document(result)
        #expect(everything.audit.map(\.kind) == ["missing_company_id"])
        #expect(everything.statistics.requests == touched.statistics.requests + 1)
    }

    @Test("--emulator plans against an empty in-process emulator without a key")
    func inProcessEmulator() throws {
        let result = try TariffBinary.run(
            ["plan", "--emulator", "--format", "markdown", "examples/minimal"],
            environment: ["STRIPE_API_KEY": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("create"))
    }

    @Test("a missing key is an error that names where the key should come from")
    func missingKey() async throws {
        let scenario = try await PlanScenario.start()
        defer { Task { await scenario.stop() } }
        let path = try scenario.writeConfig(PlanScenario.config())
        let result = try TariffBinary.run(["plan", path], environment: ["STRIPE_API_KEY": ""])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no Stripe API key: set env:STRIPE_API_KEY"))
        #expect(result.stdout.isEmpty)
    }
}
