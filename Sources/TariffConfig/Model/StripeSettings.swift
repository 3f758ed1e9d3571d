package import TariffDiagnostics

/// The `stripe:` section: how to reach the account and what Tariff may touch in it.
package struct StripeSettings: Sendable, Hashable {
    /// Where the API key comes from; defaults to `env:STRIPE_API_KEY`. Never the key itself.
    package var apiKey: Located<APIKeyReference>
    /// Sent as `Stripe-Version` on every request, e.g. `2026-10-28.endive`.
    package var apiVersion: Located<String>?
    /// `test` by default; must match the key's `sk_test_`/`rk_test_` or `*_live_` prefix.
    package var mode: Located<StripeMode>
    /// An account pin (`acct_…`): plan and apply refuse any other account.
    package var account: Located<String>?
    /// The ownership marker written to the metadata of every managed object.
    package var namespace: Located<String>?
    package var webhook: Webhook?
    /// The whole `stripe:` mapping; `nil` when the section was left out.
    package var range: SourceRange?

    package init(
        apiKey: Located<APIKeyReference> = .defaulted(.environment("STRIPE_API_KEY")),
        apiVersion: Located<String>? = nil, mode: Located<StripeMode> = .defaulted(.test),
        account: Located<String>? = nil, namespace: Located<String>? = nil,
        webhook: Webhook? = nil, range: SourceRange? = nil
    ) {
        self.apiKey = apiKey
        self.apiVersion = apiVersion
        self.mode = mode
        self.account = account
        self.namespace = namespace
        self.webhook = webhook
        self.range = range
    }
}

/// A reference to where the Stripe API key is kept; the config never holds a key.
package enum APIKeyReference: Sendable, Hashable, CustomStringConvertible {
    /// `env:NAME`: the environment variable `NAME`.
    case environment(String)
    /// `file:PATH`: the first line of the file at `PATH` (relative to the working directory).
    case file(String)

    /// The reference as written in YAML (`env:NAME`); safe to print, it holds no secret.
    package var description: String {
        switch self {
        case .environment(let name): "env:\(name)"
        case .file(let path): "file:\(path)"
        }
    }
}

/// Which side of the Stripe account the config targets.
package enum StripeMode: String, Sendable, Hashable, CaseIterable {
    case test, live
}

/// `stripe.webhook`: the endpoint Stripe sends events to.
package struct Webhook: Sendable, Hashable {
    /// An `https` URL; the endpoint's identity.
    package var url: Located<String>
    /// The event patterns as written (`customer.*`), in order.
    package var events: [Located<String>]
    /// The concrete Stripe event types the patterns expand to, sorted and without duplicates.
    package var enabledEvents: [String]
    package var description: Located<String>?
    /// The whole `webhook:` mapping.
    package var range: SourceRange?

    package init(
        url: Located<String>, events: [Located<String>], enabledEvents: [String],
        description: Located<String>? = nil, range: SourceRange?
    ) {
        self.url = url
        self.events = events
        self.enabledEvents = enabledEvents
        self.description = description
        self.range = range
    }
}
