import Foundation

/// Where the base URL and the API key come from, as pure functions of the flags and environment.
///
/// The CLI reads the process environment and passes it in; tests pass a dictionary.
package enum StripeEnvironment {
    /// The environment variable naming an emulator or proxy to use instead of Stripe.
    package static let apiBaseVariable = "TARIFF_STRIPE_API_BASE"
    /// The environment variable holding the key when the config names none.
    package static let apiKeyVariable = "STRIPE_API_KEY"

    /// The base URL: `--api-base`, else `TARIFF_STRIPE_API_BASE`, else Stripe's. Empty values count
    /// as unset, and a trailing slash is dropped so paths join cleanly.
    package static func resolveBaseURL(flag: String?, environment: [String: String]) -> String {
        let chosen = [flag, environment[apiBaseVariable]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        var url = chosen ?? StripeClientConfiguration.defaultBaseURL
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// The key: the value the config's reference resolved to, else `STRIPE_API_KEY`; nil when
    /// neither is set. Where the key came from is the caller's to report, never the key itself.
    package static func resolveAPIKey(configured: String?, environment: [String: String]) -> StripeAPIKey? {
        let chosen = [configured, environment[apiKeyVariable]]
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }
        return chosen.map(StripeAPIKey.init)
    }
}
