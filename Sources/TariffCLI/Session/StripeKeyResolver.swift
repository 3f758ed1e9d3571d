import Foundation
import TariffConfig
import TariffStripe

/// Resolves the API key a session uses. Errors name where the key should come from, never the key.
enum StripeKeyResolver {
    /// The key for `source`: the config's `stripe.api_key` reference (a variable or a file),
    /// else `STRIPE_API_KEY`; a key of the other mode than the config's is refused.
    static func resolve(
        _ source: StripeSession.KeySource, environment: [String: String]
    ) throws(CLIError) -> StripeAPIKey {
        switch source {
        case .environment:
            guard let key = StripeEnvironment.resolveAPIKey(configured: nil, environment: environment) else {
                throw CLIError(
                    "cli.no-api-key",
                    "no Stripe API key: set \(StripeEnvironment.apiKeyVariable), or try --emulator")
            }
            return key
        case .config(let reference, let mode):
            return try resolve(reference, mode: mode, environment: environment)
        }
    }

    private static func resolve(
        _ reference: APIKeyReference, mode: StripeMode, environment: [String: String]
    ) throws(CLIError) -> StripeAPIKey {
        let configured: String?
        switch reference {
        case .environment(let name):
            configured = environment[name]
        case .file(let path):
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CLIError(
                    "cli.api-key-file", "cannot read the API key file named by stripe.api_key (\(reference))")
            }
            configured = text.split(whereSeparator: \.isNewline).first.map(String.init)
        }
        guard let key = StripeEnvironment.resolveAPIKey(configured: configured, environment: environment)
        else {
            throw CLIError(
                "cli.no-api-key",
                "no Stripe API key: set \(reference) (from stripe.api_key) or \(StripeEnvironment.apiKeyVariable), "
                    + "or try --emulator")
        }
        if key.mode != .unknown, key.mode.rawValue != mode.rawValue {
            throw CLIError(
                "cli.key-mode",
                "the config's mode is '\(mode.rawValue)' but the API key is a \(key.mode.rawValue)-mode key (\(key.kindPrefix)…)"
            )
        }
        return key
    }
}
