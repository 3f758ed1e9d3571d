public import Logging
import TariffStripeSpec

/// Everything a `StripeClient` needs besides its transport.
///
/// Safe to print and dump: the API key shows only its kind (`sk_test_<redacted>`).
public struct StripeClientConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// Stripe's production API.
    public static let defaultBaseURL = "https://api.stripe.com"

    public var apiKey: StripeAPIKey
    /// Sent as `Stripe-Version` on every request: the config's pinned version, else
    /// `StripeAPIVersion.pinned`, so the account's default version never decides request rules or
    /// response shapes.
    public var apiVersion: String
    /// Where requests go, for messages (the transport does the sending): Stripe, or an emulator
    /// such as `http://127.0.0.1:12111`.
    public var baseURL: String
    public var retryPolicy: StripeRetryPolicy
    /// The longest one attempt may take before it counts as a dropped connection.
    public var requestTimeout: Duration
    /// Debug lines per request: method, path, status, request id. Never the key.
    public var logger: Logger

    public init(
        apiKey: StripeAPIKey,
        apiVersion: String? = nil,
        baseURL: String = StripeClientConfiguration.defaultBaseURL,
        retryPolicy: StripeRetryPolicy = .standard,
        requestTimeout: Duration = .seconds(80),
        logger: Logger = Logger(label: "tariff.stripe")
    ) {
        self.apiKey = apiKey
        self.apiVersion = apiVersion ?? StripeAPIVersion.pinned
        self.baseURL = baseURL
        self.retryPolicy = retryPolicy
        self.requestTimeout = requestTimeout
        self.logger = logger
    }

    public var description: String {
        "StripeClientConfiguration(key: \(apiKey), version: \(apiVersion), "
            + "base URL: \(baseURL), retries: \(retryPolicy.maxRetries), timeout: \(requestTimeout))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "apiKey": apiKey.description, "apiVersion": apiVersion, "baseURL": baseURL,
                "maxRetries": retryPolicy.maxRetries, "requestTimeout": requestTimeout,
            ])
    }
}
