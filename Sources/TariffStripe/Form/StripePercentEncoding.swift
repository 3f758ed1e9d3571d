/// Percent-encoding for form components and URL path segments, as Stripe's SDKs do it.
///
/// Everything outside RFC 3986's unreserved set (`A–Z a–z 0–9 - . _ ~`) is encoded as UTF-8
/// `%XX`. Form keys keep `[` and `]` readable (Stripe accepts them either way, and logs and tests
/// are easier to read); path segments encode them too, since a custom product id is user data.
package enum StripePercentEncoding {
    /// Encodes a form key or value; `[` and `]` are left as they are.
    package static func encodeFormComponent(_ text: String) -> String {
        encode(text, keepingBrackets: true)
    }

    /// Encodes one path segment (an object id), brackets included.
    package static func encodePathSegment(_ text: String) -> String {
        encode(text, keepingBrackets: false)
    }

    private static func encode(_ text: String, keepingBrackets: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte)
                || (keepingBrackets && (byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")))
            {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output.append("%")
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return output
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static let hexDigits: [Character] = Array("0123456789ABCDEF")
}

/// Builds `/v1/...` paths whose id segments are percent-encoded.
package enum StripePath {
    /// Joins a fixed prefix such as `/v1/products` with id segments, encoding each segment:
    /// `StripePath.make("/v1/products", "pro plan")` is `/v1/products/pro%20plan`.
    package static func make(_ prefix: String, _ segments: String...) -> String {
        make(prefix, segments: segments)
    }

    /// The array form of `make(_:_:)`.
    package static func make(_ prefix: String, segments: [String]) -> String {
        segments.reduce(prefix) { path, segment in
            path + "/" + StripePercentEncoding.encodePathSegment(segment)
        }
    }
}
