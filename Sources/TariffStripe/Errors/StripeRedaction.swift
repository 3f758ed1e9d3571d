import Foundation

/// Removes API keys from text that came from outside (error messages, transport errors).
///
/// Stripe masks keys in its own messages, but an emulator or a proxy might not; anything
/// shaped like a key is cut down to its kind prefix, and the configured key is removed verbatim.
enum StripeRedaction {
    /// `text` with `key` and anything shaped like a Stripe secret or restricted key redacted.
    static func redact(_ text: String, key: StripeAPIKey) -> String {
        var result = text
        let secret = key.revealed
        if !secret.isEmpty {
            result = result.replacingOccurrences(of: secret, with: "\(key.kindPrefix)<redacted>")
        }
        return maskKeyShapes(in: result)
    }

    /// Replaces `sk_test_abc…`-shaped tokens with `sk_test_<redacted>`.
    private static func maskKeyShapes(in text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let match = nextKeyPrefix(in: rest) {
            output += rest[..<match.upperBound]
            let tail = rest[match.upperBound...]
            let body = tail.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if body.isEmpty {
                rest = tail
            } else {
                output += "<redacted>"
                rest = tail.dropFirst(body.count)
            }
        }
        return output + rest
    }

    private static let prefixes = ["sk_test_", "sk_live_", "rk_test_", "rk_live_"]

    private static func nextKeyPrefix(in text: Substring) -> Range<Substring.Index>? {
        prefixes.compactMap { text.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    }
}
