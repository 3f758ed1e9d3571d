import Foundation
import TariffConfig
import TariffStripe

/// Resolves the key the config's `stripe.api_key` reference names, falling back to
/// `STRIPE_API_KEY`. Errors name the reference, never the key.
enum PlanAPIKey {
    static func resolve(
        _ reference: APIKeyReference, environment: [String: String], mode: StripeMode
    ) throws(PlanCommandError) -> StripeAPIKey {
        let configured: String?
        switch reference {
        case .environment(let name):
            configured = environment[name]
        case .file(let path):
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw PlanCommandError("cannot read the API key file named by stripe.api_key (\(reference))")
            }
            configured = text.split(whereSeparator: \.isNewline).first.map(String.init)
        }
        guard let key = StripeEnvironment.resolveAPIKey(configured: configured, environment: environment)
        else {
            throw PlanCommandError(
                "no Stripe API key: set \(reference) (from stripe.api_key) or \(StripeEnvironment.apiKeyVariable), "
                    + "or try --emulator")
        }
        if key.mode != .unknown, key.mode.rawValue != mode.rawValue {
            throw PlanCommandError(
                "the config's mode is '\(mode.rawValue)' but the API key is a \(key.mode.rawValue)-mode key (\(key.kindPrefix)…)"
            )
        }
        return key
    }
}
