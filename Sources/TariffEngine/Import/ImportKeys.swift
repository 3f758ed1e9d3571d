/// Readable, stable, unique YAML keys for imported objects.
///
/// A key is the object's own identifier when it already reads well (a lookup key, a custom id,
/// a `tariff_key`), else a slug of its name; a clash gets `_2`, `_3`, … in the order objects were
/// created, so re-running an import gives the same keys.
struct ImportKeys {
    private var used: Set<String>

    /// - Parameter reserved: keys already taken (for prices: every lookup key in the account,
    ///   since a price's key is its default lookup key).
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// Whether `text` can be a key as it is: letters, digits, `_`, `-` and `.`, not starting
    /// with a dash or dot.
    static func isReadable(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-", first != ".", text.count <= 200 else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && (isAlphanumeric($0) || "_-.".unicodeScalars.contains($0))
        }
    }

    /// Whether `text` can be a product key (and so a Stripe product id): 1–64 letters, digits,
    /// `_` or `-`, not starting with a dash.
    static func isProductKey(_ text: String) -> Bool {
        isReadable(text) && !text.contains(".") && text.count <= 64
    }

    /// `Search API (monthly)` → `search_api_monthly`; empty when nothing usable is left.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingSeparator = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII && isAlphanumeric(scalar) {
                if pendingSeparator && !out.isEmpty { out += "_" }
                out.unicodeScalars.append(scalar)
                pendingSeparator = false
            } else {
                pendingSeparator = true
            }
        }
        return String(out.prefix(60))
    }

    /// Claims `preferred` (or, if taken, `preferred_2`, …) and returns it.
    mutating func claim(_ preferred: String) -> String {
        var candidate = preferred
        var number = 2
        while used.contains(candidate) {
            candidate = "\(preferred)_\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Marks `key` as used without changing it (an identity that must stay as it is).
    mutating func reserve(_ key: String) {
        used.insert(key)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
