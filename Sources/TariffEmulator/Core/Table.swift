/// The rows of one resource, kept in creation order so lists can be served newest first.
///
/// Stripe orders lists by `created`, which has one-second resolution; the emulator orders by
/// insertion instead, so objects created within the same second still list in a stable order.
package struct Table<Row: Sendable>: Sendable {
    private var order: [String] = []
    private var rows: [String: Row] = [:]

    package init() {}

    /// The row with this id; assigning `nil` deletes it.
    package subscript(id: String) -> Row? {
        get { rows[id] }
        set {
            if let newValue {
                if rows.updateValue(newValue, forKey: id) == nil { order.append(id) }
            } else if rows.removeValue(forKey: id) != nil {
                order.removeAll { $0 == id }
            }
        }
    }

    /// Ids, newest first.
    package var idsNewestFirst: [String] { order.reversed() }

    /// Rows, newest first.
    package var newestFirst: [Row] { order.reversed().compactMap { rows[$0] } }

    /// How many rows there are.
    package var count: Int { rows.count }
}

/// A small deterministic random generator (SplitMix64), so `--seed` reproduces ids and secrets.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        self.state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static let alphabet: [UInt8] = Array(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// A random string of letters and digits, the shape of the tail of a Stripe id.
    package mutating func token(length: Int) -> String {
        let alphabet = Self.alphabet
        let bytes = (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
        return String(decoding: bytes, as: UTF8.self)
    }
}
