package import Logging
import TariffStripeSpec

/// Everything a `StripeClient` needs besides its transport.
///
/// Safe to print and dump: the API key shows only its kind (`sk_test_<redacted>`).
package struct StripeClientConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// Stripe's production API.
    package static let defaultBaseURL = "https://api.stripe.com"

    package var apiKey: StripeAPIKey
    /// Sent as `Stripe-Version` on every request: the config's pinned version, else
    /// `StripeAPIVersion.pinned`, so the account's default version never decides request rules or
    /// response shapes.
    package var apiVersion: String
    /// Where requests go, for messages (the transport does the sending): Stripe, or an emulator
    /// such as `http://127.0.0.1:12111`.
    package var baseURL: String
    package var retryPolicy: StripeRetryPolicy
    /// The longest one attempt may take before it counts as a dropped connection.
    package var requestTimeout: Duration
    /// Debug lines per request: method, path, status, request id. Never the key.
    package var logger: Logger

    package init(
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

    package var description: String {
        "StripeClientConfiguration(key: \(apiKey), version: \(apiVersion), "
            + "base URL: \(baseURL), retries: \(retryPolicy.maxRetries), timeout: \(requestTimeout))"
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "apiKey": apiKey.description, "apiVersion": apiVersion, "baseURL": baseURL,
                "maxRetries": retryPolicy.maxRetries, "requestTimeout": requestTimeout,
            ])
    }
}
