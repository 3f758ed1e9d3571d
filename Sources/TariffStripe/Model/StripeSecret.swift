/// A secret string (a webhook signing secret, an API key) that never shows itself.
///
/// `description`, `debugDescription` and `dump` all print a fixed placeholder; only `revealed`
/// gives the text, so every place that really needs it is easy to find.
package struct StripeSecret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: String

    package init(_ value: String) {
        self.value = value
    }

    /// The secret itself, for the one place that must write or send it.
    package var revealed: String { value }

    package var description: String { "<redacted>" }
    package var debugDescription: String { "StripeSecret(<redacted>)" }
    package var customMirror: Mirror { Mirror(self, children: ["value": "<redacted>"]) }
}

extension StripeSecret: Decodable {
    package init(from decoder: any Decoder) throws {
        self.value = try decoder.singleValueContainer().decode(String.self)
    }
}
