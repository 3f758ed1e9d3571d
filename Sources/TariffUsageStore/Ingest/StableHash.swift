/// MurmurHash3 (x64, 128-bit, seed 0) over bytes: the digest that keys events without an id.
///
/// Stored keys depend on it, so it must never change: a test pins its output.
enum StableHash {
    private static let c1: UInt64 = 0x87c3_7b91_1142_53d5
    private static let c2: UInt64 = 0x4cf5_ad43_2745_937f

    /// The 128-bit digest of `bytes`, as two 64-bit halves.
    static func murmur3x64(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var h1: UInt64 = 0
        var h2: UInt64 = 0
        let blocks = bytes.count / 16
        let raw = UnsafeRawBufferPointer(bytes)
        for block in 0..<blocks {
            var k1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: block * 16, as: UInt64.self))
            var k2 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: block * 16 + 8, as: UInt64.self))
            k1 &*= c1
            k1 = rotate(k1, 31)
            k1 &*= c2
            h1 ^= k1
            h1 = rotate(h1, 27) &+ h2
            h1 = h1 &* 5 &+ 0x52dc_e729
            k2 &*= c2
            k2 = rotate(k2, 33)
            k2 &*= c1
            h2 ^= k2
            h2 = rotate(h2, 31) &+ h1
            h2 = h2 &* 5 &+ 0x3849_5ab5
        }
        let tail = blocks * 16
        let remaining = bytes.count - tail
        var k1: UInt64 = 0
        var k2: UInt64 = 0
        if remaining > 8 {
            for index in stride(from: remaining - 1, through: 8, by: -1) {
                k2 = k2 << 8 | UInt64(bytes[tail + index])
            }
            k2 &*= c2
            k2 = rotate(k2, 33)
            k2 &*= c1
            h2 ^= k2
        }
        if remaining > 0 {
            for index in stride(from: min(remaining, 8) - 1, through: 0, by: -1) {
                k1 = k1 << 8 | UInt64(bytes[tail + index])
            }
            k1 &*= c1
            k1 = rotate(k1, 31)
            k1 &*= c2
            h1 ^= k1
        }
        h1 ^= UInt64(bytes.count)
        h2 ^= UInt64(bytes.count)
        h1 &+= h2
        h2 &+= h1
        h1 = mix(h1)
        h2 = mix(h2)
        h1 &+= h2
        h2 &+= h1
        return (h1, h2)
    }

    /// The digest as 22 characters of unpadded base64url: a compact text key.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let (high, low) = murmur3x64(bytes)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var output = [UInt8](repeating: 0, count: 22)
        // 128 bits in 22 six-bit digits: the top digit holds the 2 leftover bits.
        var hi = high
        var lo = low
        for index in stride(from: 21, through: 0, by: -1) {
            output[index] = alphabet[Int(lo & 63)]
            lo = lo >> 6 | (hi & 63) << 58
            hi >>= 6
        }
        return String(decoding: output, as: UTF8.self)
    }

    @inline(__always)
    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        value << count | value >> (64 - count)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k &*= 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }
}
