import Foundation

/// A Stripe secret or restricted API key that cannot be printed, logged or dumped.
///
/// `description`, `debugDescription` and the mirror `dump` uses show only the key's kind
/// (`sk_test_…`); the key itself is reachable only inside the package, where the client puts it
/// into the `Authorization` header and nowhere else.
package struct StripeAPIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// Test or live mode, as the key's prefix says.
    package enum Mode: String, Sendable, Hashable {
        case test, live, unknown
    }

    private let secret: String

    /// Wraps a key as read from the environment or a file; surrounding whitespace is dropped, since
    /// a key file usually ends with a newline.
    package init(_ secret: String) {
        self.secret = secret.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The key itself, for the `Authorization` header only.
    package var revealed: String { secret }

    /// `sk_test_`, `rk_live_`, … — the part of the key that says what it is, never more.
    package var kindPrefix: String {
        for prefix in Self.knownPrefixes where secret.hasPrefix(prefix) { return prefix }
        return ""
    }

    /// The key's mode, from its prefix.
    package var mode: Mode {
        let prefix = kindPrefix
        if prefix.hasSuffix("_test_") { return .test }
        if prefix.hasSuffix("_live_") { return .live }
        return .unknown
    }

    /// Whether this is a restricted key (`rk_…`), whose 403s name a missing permission.
    package var isRestricted: Bool { kindPrefix.hasPrefix("rk_") }

    /// Whether the key is empty, so callers can say "no key" rather than "wrong key".
    package var isEmpty: Bool { secret.isEmpty }

    package var description: String { "\(kindPrefix)<redacted>" }
    package var debugDescription: String { "StripeAPIKey(\(kindPrefix)<redacted>)" }
    package var customMirror: Mirror { Mirror(self, children: ["key": "\(kindPrefix)<redacted>"]) }

    private static let knownPrefixes = [
        "sk_test_", "sk_live_", "rk_test_", "rk_live_", "pk_test_", "pk_live_",
    ]
}
