import Foundation
import TariffSupport

extension KeyedDecodingContainer {
    /// Decodes a `*_decimal` field (Stripe writes amounts in minor units as strings such as
    /// `"0.25"`): a string holding a decimal (or, leniently, a JSON number).
    /// Null or absent gives nil; a string that is not a number is a decoding error.
    func decodeStripeDecimalIfPresent(forKey key: Key) throws -> Decimal? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) {
            guard let value = MinorUnits(text: text)?.value else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "'\(text)' is not a decimal number")
            }
            return value
        }
        return try decode(Decimal.self, forKey: key)
    }
}
