import Foundation
import TariffDiagnostics
import TariffStripeSpec

/// Rules for `stripe:`, its webhook, and `id_mapping:`.
extension SemanticChecker {
    /// `api_version` is a version Tariff supports (`StripeAPIVersion.supported`); `namespace` is
    /// a short identifier (it is written to metadata); the webhook is https and its events exist.
    mutating func checkStripe(_ stripe: inout StripeSettings) {
        if let version = stripe.apiVersion { checkAPIVersion(version) }
        if let namespace = stripe.namespace, !Self.isIdentifier(namespace.value, maxLength: 40) {
            bag.error(
                "stripe.invalid-namespace",
                "namespace '\(namespace.value.quotedForMessage)' must be 1–40 letters, digits, '_' or '-'",
                at: namespace.range)
        }
        checkNotEmpty(stripe.account, code: "stripe.invalid-account", "'stripe.account'")
        if var webhook = stripe.webhook {
            checkWebhook(&webhook)
            stripe.webhook = webhook
        }
    }

    /// A malformed version and a well-formed one Tariff was not built and tested against are both
    /// errors: another version's request rules and response shapes are unknown to Tariff.
    mutating func checkAPIVersion(_ version: Located<String>) {
        guard !StripeAPIVersion.isSupported(version.value) else { return }
        let pinned = StripeAPIVersion.pinned
        guard Self.isAPIVersion(version.value) else {
            bag.error(
                "stripe.invalid-api-version",
                "'\(version.value.quotedForMessage)' is not a Stripe API version; expected a date "
                    + "with a release name, such as '\(pinned)'",
                at: version.range, fixIt: pinned)
            return
        }
        bag.error(
            "stripe.unsupported-api-version",
            "Stripe API version '\(version.value.quotedForMessage)' is not supported; this Tariff is "
                + "built and tested against \(StripeAPIVersion.supported.joined(separator: ", ")). "
                + "Set api_version to '\(pinned)' or remove it (it is the default)",
            at: version.range, fixIt: pinned)
    }

    /// The URL is absolute https with a host; every event pattern matches a Stripe event type.
    mutating func checkWebhook(_ webhook: inout Webhook) {
        let url = webhook.url
        if let components = URLComponents(string: url.value), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        {
            if scheme != "https" {
                bag.error(
                    "webhook.insecure-url",
                    "webhook URL '\(url.value.quotedForMessage)' uses \(scheme); Stripe sends live "
                        + "events only to https endpoints",
                    at: url.range, fixIt: scheme == "http" ? "https" + url.value.dropFirst(4) : nil)
            }
        } else {
            bag.error(
                "webhook.invalid-url",
                "'\(url.value.quotedForMessage)' is not an absolute URL; expected https://host/path",
                at: url.range)
        }
        checkLength(
            webhook.description, max: 5000, code: "webhook.description-too-long", "the webhook description")
        if webhook.events.isEmpty {
            bag.error("webhook.no-events", "the webhook lists no events", at: webhook.range)
        }
        webhook.enabledEvents = expandEvents(webhook.events)
    }

    /// Expands the patterns against Stripe's event list; `*` stays `*` (Stripe's "all events").
    mutating func expandEvents(_ patterns: [Located<String>]) -> [String] {
        var enabled: Set<String> = []
        var seen: [String: SourceRange?] = [:]
        for pattern in patterns {
            if let first = seen[pattern.value] {
                bag.warning(
                    "webhook.duplicate-event",
                    "event pattern '\(pattern.value.quotedForMessage)' is listed twice",
                    at: pattern.range, notes: [DiagnosticNote("first listed here", at: first)])
                continue
            }
            seen[pattern.value] = pattern.range
            if pattern.value == "*" {
                enabled.insert("*")
                continue
            }
            let glob = Glob(pattern: pattern.value)
            let matches = EventCatalog.events.filter(glob.matches)
            if matches.isEmpty {
                let kind = glob.isLiteral ? "is not a Stripe event type" : "matches no Stripe event type"
                bag.error(
                    "webhook.unknown-event", "'\(pattern.value.quotedForMessage)' \(kind)",
                    at: pattern.range,
                    fixIt: Suggestion.closest(
                        to: pattern.value, among: EventCatalog.events + Self.eventPrefixGlobs))
            }
            enabled.formUnion(matches)
        }
        return enabled.contains("*") ? ["*"] : enabled.sorted()
    }

    /// `customer.*`, `invoice.*`, …: the first-segment globs, as "did you mean" candidates.
    static let eventPrefixGlobs: [String] = Array(
        Set(EventCatalog.events.compactMap { $0.split(separator: ".").first.map { "\($0).*" } })
    ).sorted()

    /// `company_id` and `user_id` name a customer field: `customer.id`, `customer.email`, or a
    /// metadata key `customer.metadata.KEY` (a valid Stripe metadata key).
    mutating func checkIDMapping(_ mapping: IDMapping) {
        for (path, name) in [(mapping.companyID, "company_id"), (mapping.userID, "user_id")] {
            guard let path else { continue }
            if Self.isCustomerFieldPath(path.value) { continue }
            bag.error(
                "id-mapping.invalid-path",
                "'id_mapping.\(name)' is '\(path.value.quotedForMessage)'; expected 'customer.id', "
                    + "'customer.email' or 'customer.metadata.KEY'",
                at: path.range)
        }
    }

    static func isCustomerFieldPath(_ path: String) -> Bool {
        if path == "customer.id" || path == "customer.email" { return true }
        let prefix = "customer.metadata."
        guard path.hasPrefix(prefix) else { return false }
        let key = path.dropFirst(prefix.count)
        return !key.isEmpty && key.count <= 40 && !key.contains("[") && !key.contains("]")
    }

    static func isAPIVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let date = parts.first, date.count == 10 else { return false }
        let pieces = date.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces.map(\.count) == [4, 2, 2],
            pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return false }
        guard parts.count == 2 else { return true }
        let name = parts[1]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && $0.isLowercase }
    }

    /// 1…`maxLength` characters of `[A-Za-z0-9_-]`.
    static func isIdentifier(_ text: String, maxLength: Int) -> Bool {
        (1...maxLength).contains(text.count)
            && text.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            }
    }
}
