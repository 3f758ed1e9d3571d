import Foundation
import Logging
@testable import TariffStripe

/// A test secret key: long and distinctive, so a leak is easy to search for.
let testKeyText = "sk_test_51TopSecretKeyValue0123456789abcdefXYZ"

/// Records the delays a client asked to sleep, without sleeping.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    var delays: [Duration] { lock.withLock { recorded } }

    func record(_ delay: Duration) {
        lock.withLock { recorded.append(delay) }
    }
}

/// A client on `transport` whose retries do not sleep and whose jitter is the identity, so
/// delays are exact.
func makeClient(
    _ transport: any StripeTransport, maxRetries: Int = 3, timeout: Duration = .seconds(5),
    sleeps: SleepRecorder = SleepRecorder(), logger: Logger = Logger(label: "test"),
    apiVersion: String? = "2026-07-29.dahlia", baseURL: String = "http://127.0.0.1:9"
) -> StripeClient {
    let policy = StripeRetryPolicy(
        maxRetries: maxRetries, jitter: { $0 }, sleep: { sleeps.record($0) })
    let configuration = StripeClientConfiguration(
        apiKey: StripeAPIKey(testKeyText), apiVersion: apiVersion, baseURL: baseURL, retryPolicy: policy,
        requestTimeout: timeout, logger: logger)
    return StripeClient(configuration: configuration, transport: transport)
}

extension StripeHTTPRequest {
    /// The body as text.
    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Minimal JSON for the objects the tests list.
enum Fixture {
    static func product(_ id: String, active: Bool = true) -> String {
        """
        {"id": "\(id)", "object": "product", "name": "Product \(id)", "active": \(active), "metadata": {}, \
        "created": 1767225600, "livemode": false, "default_price": null}
        """
    }

    static func list(_ items: [String], hasMore: Bool, url: String) -> String {
        "{\"object\": \"list\", \"data\": [\(items.joined(separator: ","))], \"has_more\": \(hasMore), \"url\": \"\(url)\"}"
    }
}
