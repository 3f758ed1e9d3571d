import TariffDiagnostics

/// Checks a file's bytes before libyaml sees them, so that bad encodings get a precise location.
///
/// libyaml reports invalid UTF-8 without a line and column, and stops at a NUL byte as if the file
/// ended there; checking first gives the user the place of the bad byte.
enum InputCheck {
    /// The UTF-8 byte order mark, which editors on some systems write and YAML allows.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes without a leading byte order mark (columns then count from the first real character).
    static func strippingByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(byteOrderMark.count)) : bytes
    }

    /// A `yaml.binary` or `yaml.invalid-utf8` diagnostic, or `nil` when the bytes are UTF-8 text.
    static func check(_ bytes: [UInt8], path: String) -> Diagnostic? {
        if let nul = bytes.firstIndex(of: 0) {
            let at = location(ofByte: nul, in: bytes, path: path)
            let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            let hint =
                utf16
                ? "it looks like UTF-16; save it as UTF-8"
                : "it looks like a binary file, not YAML text"
            return Diagnostic(
                .error, code: "yaml.binary",
                "the file contains a NUL byte at line \(at.line), column \(at.column): \(hint)",
                at: SourceRange(start: at, end: at))
        }
        if let bad = firstInvalidUTF8Byte(in: bytes) {
            let at = location(ofByte: bad, in: bytes, path: path)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            return Diagnostic(
                .error, code: "yaml.invalid-utf8",
                "the file is not valid UTF-8: byte 0x\(hex) cannot appear here; "
                    + "re-save the file with UTF-8 encoding",
                at: SourceRange(start: at, end: at))
        }
        return nil
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Byte(in bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; scan scalar by scalar only to find the place.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                // `offset` is where the invalid sequence starts: the byte the user has to fix.
                return offset
            }
        }
    }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`.
    ///
    /// Lines break where libyaml breaks them; bytes before `offset` that are not valid UTF-8 each
    /// count as one column, as they show as one replacement character.
    static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        let prefix = bytes.prefix(max(0, min(offset, bytes.count)))
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR:
                continue
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default:
                column += 1
            }
        }
        return SourceLocation(file: path, line: line, column: column)
    }
}
