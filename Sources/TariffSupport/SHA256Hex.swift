import Crypto

/// SHA-256 through swift-crypto, read as 64 lowercase hex digits.
///
/// Tariff hashes three things: the config digest kept in a saved plan, fingerprints of live
/// objects, and the idempotency keys derived from a plan. All three are compared as text, so the
/// digest is always handed out as hex, and this is the one place that spells it.
package struct SHA256Hex {
    private var hasher = SHA256()

    package init() {}

    /// Feeds more bytes into the hash.
    package mutating func update(_ bytes: [UInt8]) {
        hasher.update(data: bytes)
    }

    /// Feeds the UTF-8 bytes of `string` into the hash.
    package mutating func update(_ string: String) {
        hasher.update(data: Array(string.utf8))
    }

    /// The digest of everything fed so far, as 64 lowercase hex digits.
    package func finalize() -> String {
        Self.hex(hasher.finalize())
    }

    /// The digest of `string`'s UTF-8 bytes, as 64 lowercase hex digits.
    package static func digest(of string: String) -> String {
        var hasher = SHA256Hex()
        hasher.update(string)
        return hasher.finalize()
    }

    /// `bytes` as lowercase hex, two digits a byte.
    package static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
