import Foundation
import TariffEmulator
import TariffRender

/// An emulator served on loopback for `tariff plan` end-to-end tests, seeded through its API, and
/// a config written to a temporary directory.
struct PlanScenario {
    let emulator: StripeEmulator
    let server: EmulatorServer
    let baseURL: String
    let directory: URL

    /// The config the scenarios plan: one meter, one product, a metered and a licensed price.
    static func config(usageAmount: String = "0.2", onChange: String = "migrate_now") -> String {
        """
        version: 1
        stripe:
          namespace: acme
        id_mapping:
          company_id: customer.metadata.company_id
        meters:
          api_calls:
            display_name: API calls
            event_name: api_calls
            metric: { aggregate: count }
        products:
          search_api:
            name: Search API
            default_price: search_usage
            prices:
              search_usage:
                currency: usd
                interval: month
                meter: api_calls
                per_unit: "\(usageAmount)"
                on_change: { subscribers: \(onChange), proration: none }
              platform_fee:
                currency: usd
                interval: month
                flat: 4900

        """
    }

    static func start() async throws -> PlanScenario {
        let emulator = StripeEmulator()
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return PlanScenario(
            emulator: emulator, server: server, baseURL: "http://127.0.0.1:\(port)", directory: directory)
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `text` as `tariff.yaml` and returns its path.
    func writeConfig(_ text: String) throws -> String {
        let url = directory.appendingPathComponent("tariff.yaml")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// `POST path` with a form body through the emulator's API; returns the new object's id.
    @discardableResult
    func post(_ path: String, _ form: String) async throws -> String {
        let body = try await emulator.seed("POST", path, form: form)
        let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        return object?["id"] as? String ?? ""
    }

    /// Creates exactly what `config()` declares (until `apply` exists); returns the price ids.
    func seedMatchingCatalog() async throws -> (usage: String, fee: String) {
        let meter = try await post(
            "/v1/billing/meters",
            "display_name=API%20calls&event_name=api_calls&default_aggregation[formula]=sum"
                + "&customer_mapping[type]=by_id&customer_mapping[event_payload_key]=stripe_customer_id"
                + "&value_settings[event_payload_key]=value")
        try await post(
            "/v1/products",
            "id=search_api&name=Search%20API&metadata[tariff_key]=search_api&metadata[tariff_namespace]=acme")
        let usage = try await post(
            "/v1/prices",
            "product=search_api&currency=usd&unit_amount_decimal=0.2&recurring[interval]=month"
                + "&recurring[usage_type]=metered&recurring[meter]=\(meter)&lookup_key=search_usage"
                + "&metadata[tariff_key]=search_api.search_usage&metadata[tariff_namespace]=acme")
        let fee = try await post(
            "/v1/prices",
            "product=search_api&currency=usd&unit_amount=4900&recurring[interval]=month&lookup_key=platform_fee"
                + "&metadata[tariff_key]=search_api.platform_fee&metadata[tariff_namespace]=acme")
        try await post("/v1/products/search_api", "default_price=\(usage)")
        return (usage, fee)
    }

    /// A customer (with `company_id` when given) subscribed to `price`.
    func subscribe(to price: String, companyID: String?) async throws {
        let customer = try await post(
            "/v1/customers", companyID.map { "metadata[company_id]=\($0)" } ?? "name=Anonymous")
        try await post("/v1/subscriptions", "customer=\(customer)&items[0][price]=\(price)")
    }

    /// Runs `tariff plan` against the emulator with a test key.
    func plan(_ arguments: [String]) throws -> TariffBinary.Result {
        try TariffBinary.run(
            ["plan", "--api-base", baseURL] + arguments,
            environment: ["STRIPE_API_KEY": "sk_test_planE2E", "TARIFF_STRIPE_API_BASE": ""])
    }

    /// The JSON plan document printed by `--format json`, read as a pipeline would read it.
    static func document(_ result: TariffBinary.Result) throws -> PlanJSON {
        try JSONDecoder().decode(PlanJSON.self, from: Data(result.stdout.utf8))
    }
}

/// The keys of the JSON plan these tests read (the plan document is encode-only in Tariff).
struct PlanJSON: Decodable {
    struct Action: Decodable {
        struct Change: Decodable {
            var field: String
            var drift: Bool
        }
        struct Subscribers: Decodable {
            var byStatus: [String: Int]
            enum CodingKeys: String, CodingKey { case byStatus = "by_status" }
        }
        struct Migration: Decodable {
            struct Item: Decodable {}
            var items: [Item]
        }
        var kind: String
        var address: String
        var forcesReplacement: [String]
        var changes: [Change]
        var subscribers: Subscribers?
        var migration: Migration?
        enum CodingKeys: String, CodingKey {
            case kind, address, changes, subscribers, migration
            case forcesReplacement = "forces_replacement"
        }
    }
    struct Finding: Decodable {
        var kind: String
    }
    struct Unmanaged: Decodable {
        var resource: String
        var naturalKey: String?
        var reason: String
        enum CodingKeys: String, CodingKey {
            case resource, reason
            case naturalKey = "natural_key"
        }
    }
    struct Statistics: Decodable {
        var requests: Int
        var minimumPages: Int
        enum CodingKeys: String, CodingKey {
            case requests
            case minimumPages = "minimum_pages"
        }
    }
    var mode: String
    var actions: [Action]
    var audit: [Finding]
    var unmanaged: [Unmanaged]
    var statistics: Statistics
}
