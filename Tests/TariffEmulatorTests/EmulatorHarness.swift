import Foundation
import TariffStripe

@testable import TariffEmulator

/// One answer from the emulator with its body parsed, for assertions.
struct Answer {
    var status: Int
    var headers: [String: String]
    var json: [String: Any]

    /// `error.<field>` of a Stripe error body.
    func error(_ field: String) -> String? {
        (json["error"] as? [String: Any])?[field] as? String
    }

    /// The ids of a list answer, in order.
    var ids: [String] {
        ((json["data"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    }

    subscript(key: String) -> Any? { json[key] }

    /// A string field.
    func string(_ key: String) -> String? { json[key] as? String }
}

/// Drives a `StripeEmulator` in-process with form-encoded requests, as a client would.
struct Harness {
    let emulator: StripeEmulator
    var key = "sk_test_harness"

    init(_ configuration: StripeEmulator.Configuration = .init(seed: 42)) {
        emulator = StripeEmulator(configuration: configuration)
    }

    /// Sends one request; `form` goes in the body for POST and in the query otherwise.
    @discardableResult
    func send(
        _ method: String, _ path: String, _ form: String = "", key: String? = nil,
        idempotencyKey: String? = nil
    ) async -> Answer {
        var headers = ["authorization": "Bearer \(key ?? self.key)"]
        if let idempotencyKey { headers["idempotency-key"] = idempotencyKey }
        if key == "" { headers = [:] }
        let request = StripeHTTPRequest(
            method: method, path: path, query: method == "POST" ? "" : form, headers: headers,
            body: method == "POST" ? Array(form.utf8) : [])
        let response = await emulator.handle(request)
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        return Answer(status: response.status, headers: response.headers, json: object ?? [:])
    }

    /// Creates a meter and returns its id.
    func meter(_ eventName: String = "api_calls") async -> String {
        await send(
            "POST", "/v1/billing/meters",
            "event_name=\(eventName)&display_name=API&default_aggregation[formula]=sum"
        ).string("id") ?? ""
    }

    /// Creates a product with a custom id and returns the id.
    @discardableResult
    func product(_ id: String = "pro") async -> String {
        await send("POST", "/v1/products", "id=\(id)&name=Pro").string("id") ?? ""
    }

    /// Creates a monthly licensed price of `amount` cents and returns its id.
    func price(product: String = "pro", amount: Int = 1000, extra: String = "") async -> String {
        await send(
            "POST", "/v1/prices",
            "product=\(product)&currency=usd&unit_amount=\(amount)&recurring[interval]=month\(extra)"
        ).string("id") ?? ""
    }
}
