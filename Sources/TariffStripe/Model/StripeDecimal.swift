public import Foundation

/// Exact decimal amounts as Stripe writes them: strings such as `"0.25"` in minor units.
///
/// Parsing and formatting always use the POSIX locale, so a machine set to a locale with a
/// decimal comma reads and writes the same amounts.
public enum StripeDecimal {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Parses a decimal string strictly: the whole string must be a plain decimal number.
    public static func parse(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
            trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") })
        else { return nil }
        return Decimal(string: trimmed, locale: posix)
    }

    /// Formats a decimal in plain notation with a `.` separator and no grouping (`0.002`, `2000`).
    public static func format(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, posix)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a `*_decimal` field: a string holding a decimal (or, leniently, a JSON number).
    /// Null or absent gives nil; a string that is not a number is a decoding error.
    func decodeStripeDecimalIfPresent(forKey key: Key) throws -> Decimal? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) {
            guard let value = StripeDecimal.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "'\(text)' is not a decimal number")
            }
            return value
        }
        return try decode(Decimal.self, forKey: key)
    }
}
