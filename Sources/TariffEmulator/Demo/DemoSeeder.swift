import Foundation

/// The calls behind ``DemoAccount/seed(into:)``, one concern each.
struct DemoSeeder {
    let emulator: StripeEmulator
    /// The price whose older version subscribers sit on.
    private var usagePriceID = ""
    private var feePriceID = ""
    private var legacyPriceID = ""

    init(emulator: StripeEmulator) {
        self.emulator = emulator
    }

    /// Tariff's ownership markers for `key`, form-encoded.
    private static func markers(_ key: String) -> String {
        "metadata[tariff_key]=\(key)&metadata[tariff_namespace]=\(DemoAccount.namespace)"
    }

    /// The meter and products as an earlier `tariff apply` left them, edited since, plus a product
    /// made by hand.
    mutating func seedCatalog() async throws {
        let meter = try await post(
            "/v1/billing/meters",
            "display_name=API%20calls&event_name=demo_api_calls&default_aggregation[formula]=sum"
                + "&customer_mapping[type]=by_id&customer_mapping[event_payload_key]=stripe_customer_id"
                + "&value_settings[event_payload_key]=value")
        // Someone shortened the description in the Dashboard: the plan updates it back.
        try await post(
            "/v1/products",
            "id=search_api&name=Search%20API&description=Search%20API&" + Self.markers("search_api"))
        // The version subscribers are on: 0.3 cents a call, where the YAML now says 0.2.
        usagePriceID = try await post(
            "/v1/prices",
            "product=search_api&currency=usd&unit_amount_decimal=0.3&recurring[interval]=month"
                + "&recurring[usage_type]=metered&recurring[meter]=\(meter)&lookup_key=search_usage"
                + "&nickname=Search%20API%20calls&" + Self.markers("search_api.search_usage"))
        feePriceID = try await post(
            "/v1/prices",
            "product=search_api&currency=usd&unit_amount=4900&recurring[interval]=month&lookup_key=platform_fee"
                + "&nickname=Platform%20fee&" + Self.markers("search_api.platform_fee"))
        try await post("/v1/products/search_api", "default_price=\(usagePriceID)")
        // Made by hand before Tariff: listed as unmanaged, never touched.
        try await post("/v1/products", "id=legacy_support&name=Legacy%20support%20plan")
        legacyPriceID = try await post(
            "/v1/prices",
            "product=legacy_support&currency=usd&unit_amount=19900&recurring[interval]=month&nickname=Legacy%20support"
        )
    }

    /// Customers with and without the mapped `company_id`, subscribed to the older price.
    func seedCustomers() async throws {
        let customers: [(name: String, companyID: String?)] = [
            ("Initech", "co_initech"), ("Globex", "co_globex"), ("Hooli", nil),
        ]
        for customer in customers {
            var form = "name=\(customer.name)&email=billing%40\(customer.name.lowercased()).example"
            if let companyID = customer.companyID { form += "&metadata[company_id]=\(companyID)" }
            let id = try await post("/v1/customers", form)
            try await post(
                "/v1/subscriptions",
                "customer=\(id)&items[0][price]=\(usagePriceID)&items[1][price]=\(feePriceID)")
        }
        let legacy = try await post("/v1/customers", "name=Umbrella&metadata[company_id]=co_umbrella")
        try await post("/v1/subscriptions", "customer=\(legacy)&items[0][price]=\(legacyPriceID)")
    }

    /// `POST path` through the emulator's API; returns the new object's id.
    @discardableResult
    private func post(_ path: String, _ form: String) async throws -> String {
        let body = try await emulator.seed("POST", path, form: form)
        let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        guard let id = object?["id"] as? String else {
            throw EmulatorSeedError(status: 500, description: "POST \(path) answered without an id")
        }
        return id
    }
}
