import TariffDiagnostics

/// Reads `stripe:` and its `webhook:`.
extension SchemaReader {
    /// `stripe:`.
    mutating func readStripe(_ node: YAMLNode) -> StripeSettings? {
        guard let fields = fields(node, .stripe, "'stripe'") else { return nil }
        var settings = StripeSettings(range: node.range)
        if let keyNode = fields.take("api_key"), let reference = readAPIKey(keyNode) {
            settings.apiKey = reference
        }
        settings.apiVersion = fields.take("api_version").flatMap { string($0, "'stripe.api_version'") }
        if let mode = fields.take("mode").flatMap({ enumeration($0, StripeMode.self, "'stripe.mode'") }) {
            settings.mode = mode
        }
        settings.account = fields.take("account").flatMap { string($0, "'stripe.account'") }
        settings.namespace = fields.take("namespace").flatMap { string($0, "'stripe.namespace'") }
        settings.webhook = fields.take("webhook").flatMap { readWebhook($0) }
        finish(fields)
        return settings
    }

    /// `api_key: env:NAME | file:PATH`. Anything else may be a key: it is an error whose message
    /// never repeats the value, not even a prefix of it (and the loader masks it in the source
    /// text the printer quotes), since it is a secret that must not reach CI logs.
    mutating func readAPIKey(_ node: YAMLNode) -> Located<APIKeyReference>? {
        guard let text = node.scalar?.text else {
            wrongKind(node, expected: "an 'env:NAME' or 'file:PATH' reference", "'stripe.api_key'")
            return nil
        }
        if text.hasPrefix("env:") {
            let name = String(text.dropFirst(4))
            if Self.isEnvironmentName(name) { return Located(.environment(name), at: node.range) }
            bag.error(
                "stripe.invalid-api-key-reference",
                "'stripe.api_key' names environment variable '\(name.quotedForMessage)', which is not "
                    + "a valid variable name (letters, digits and '_', not starting with a digit)",
                at: node.range)
            return nil
        }
        if text.hasPrefix("file:") {
            let path = String(text.dropFirst(5))
            if !path.isEmpty { return Located(.file(path), at: node.range) }
            bag.error(
                "stripe.invalid-api-key-reference", "'stripe.api_key' has 'file:' without a path",
                at: node.range)
            return nil
        }
        let looksLikeKey = ["sk_", "rk_", "pk_"].contains { text.hasPrefix($0) }
        let message =
            looksLikeKey
            ? "'stripe.api_key' holds a literal API key; never commit keys. Refer to one instead: "
                + "'env:STRIPE_API_KEY' or 'file:PATH' (and rotate the key if it was ever pushed)"
            : "'stripe.api_key' must be a reference, 'env:NAME' or 'file:PATH', never the key itself"
        bag.error(
            "stripe.literal-api-key", message,
            at: node.range, fixIt: "env:STRIPE_API_KEY")
        return nil
    }

    /// `stripe.webhook:`; event patterns are expanded later by the semantic checks.
    mutating func readWebhook(_ node: YAMLNode) -> Webhook? {
        guard let fields = fields(node, .webhook, "'stripe.webhook'") else { return nil }
        defer { finish(fields) }
        let url = required("url", in: fields).flatMap { string($0, "'stripe.webhook.url'") }
        var events: [Located<String>] = []
        if let eventsNode = required("events", in: fields),
            let items = items(eventsNode, "'stripe.webhook.events'")
        {
            events = items.compactMap { string($0, "an event of 'stripe.webhook.events'") }
        }
        let description = fields.take("description").flatMap {
            string($0, "'stripe.webhook.description'")
        }
        guard let url else { return nil }
        return Webhook(
            url: url, events: events, enabledEvents: [], description: description, range: node.range)
    }

    /// POSIX-style variable names: what a shell can export.
    static func isEnvironmentName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
        }
    }
}
