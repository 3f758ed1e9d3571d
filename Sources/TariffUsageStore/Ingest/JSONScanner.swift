/// The kind of a JSON value found at a mapped path.
enum JSONValueKind: UInt8, Sendable {
    case string, number, bool, null, object, array
}

/// Where a mapped field's value sits in the scanned line. For strings, `start..<end` excludes
/// the quotes, and `hasEscapes` says whether the bytes need unescaping.
struct JSONValueRef: Equatable {
    var kind: JSONValueKind
    var start: Int
    var end: Int
    var hasEscapes: Bool
}

/// A validating, allocation-free JSON scanner for one NDJSON line.
///
/// It checks the whole line against RFC 8259 (and UTF-8), and records where the values of the
/// requested ``JSONFieldPaths`` are, without building a document: ingest reads millions of
/// lines and needs only a few fields of each.
struct JSONScanner {
    /// Deeper nesting is refused (and cannot exhaust the stack).
    static let maxDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private let paths: JSONFieldPaths
    private var position = 0
    /// The value of each path, once found: storage of `paths.paths.count` entries that the
    /// caller owns (and reuses from line to line), cleared here.
    let found: UnsafeMutableBufferPointer<JSONValueRef?>

    init(
        _ bytes: UnsafeBufferPointer<UInt8>, paths: JSONFieldPaths,
        found: UnsafeMutableBufferPointer<JSONValueRef?>
    ) {
        self.bytes = bytes
        self.paths = paths
        self.found = found
        for index in found.indices { found[index] = nil }
    }

    /// Scans the line, which must hold exactly one JSON object (surrounding whitespace allowed).
    mutating func scanObjectLine() throws(JSONScanError) {
        skipWhitespace()
        guard position < bytes.count else { throw .truncated }
        if bytes[position] != UInt8(ascii: "{") {
            // Tell a valid non-object (`[1]`, `"x"`, `3`) from garbage.
            try scanValue(depth: 0, mask: 0)
            skipWhitespace()
            if position < bytes.count { throw .trailingCharacters(at: position) }
            throw .notAnObject
        }
        try scanValue(depth: 0, mask: paths.rootMask)
        skipWhitespace()
        if position < bytes.count { throw .trailingCharacters(at: position) }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Scans one value. `mask` holds bit `path * maxSegments + n` when the value sits where
    /// `path` has matched `n` segments; a full match of a path is recorded by the caller.
    private mutating func scanValue(depth: Int, mask: UInt64) throws(JSONScanError) {
        guard position < bytes.count else { throw .truncated }
        switch bytes[position] {
        case UInt8(ascii: "{"): try scanObject(depth: depth + 1, mask: mask)
        case UInt8(ascii: "["): try scanArray(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
        case UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw .invalidNumber(at: position)
        case let byte where byte >= 0x80: throw classifyHighByte(at: position)
        default: throw .unexpectedCharacter(at: position)
        }
    }

    private mutating func scanObject(depth: Int, mask: UInt64) throws(JSONScanError) {
        if depth > Self.maxDepth { throw .tooDeep(at: position) }
        position += 1
        skipWhitespace()
        guard position < bytes.count else { throw .truncated }
        if bytes[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            guard position < bytes.count else { throw .truncated }
            guard bytes[position] == UInt8(ascii: "\"") else {
                throw bytes[position] >= 0x80
                    ? classifyHighByte(at: position) : .unexpectedCharacter(at: position)
            }
            let key = try scanString()
            skipWhitespace()
            guard position < bytes.count else { throw .truncated }
            guard bytes[position] == UInt8(ascii: ":") else { throw .unexpectedCharacter(at: position) }
            position += 1
            skipWhitespace()
            var childMask: UInt64 = 0
            var complete: Int = -1
            if mask != 0 { (childMask, complete) = match(key: key, mask: mask) }
            let valueStart = position
            if complete >= 0 {
                let ref = try valueRef()
                if found[complete] != nil { throw .duplicateField(path: complete) }
                found[complete] = ref
                position = valueStart
            }
            try scanValue(depth: depth, mask: childMask)
            skipWhitespace()
            guard position < bytes.count else { throw .truncated }
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                position += 1
                return
            default:
                throw .unexpectedCharacter(at: position)
            }
        }
    }

    private mutating func scanArray(depth: Int) throws(JSONScanError) {
        if depth > Self.maxDepth { throw .tooDeep(at: position) }
        position += 1
        skipWhitespace()
        guard position < bytes.count else { throw .truncated }
        if bytes[position] == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try scanValue(depth: depth, mask: 0)
            skipWhitespace()
            guard position < bytes.count else { throw .truncated }
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                position += 1
                return
            default:
                throw .unexpectedCharacter(at: position)
            }
        }
    }

    /// The kind and extent of the value at `position` (scanned, then rewound by the caller).
    private mutating func valueRef() throws(JSONScanError) -> JSONValueRef {
        let start = position
        guard position < bytes.count else { throw .truncated }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            let string = try scanString()
            return JSONValueRef(
                kind: .string, start: string.start, end: string.end, hasEscapes: string.hasEscapes)
        case UInt8(ascii: "{"):
            return JSONValueRef(kind: .object, start: start, end: start, hasEscapes: false)
        case UInt8(ascii: "["): return JSONValueRef(kind: .array, start: start, end: start, hasEscapes: false)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return JSONValueRef(kind: .bool, start: start, end: start, hasEscapes: false)
        case UInt8(ascii: "n"): return JSONValueRef(kind: .null, start: start, end: start, hasEscapes: false)
        default:
            try scanNumber()
            return JSONValueRef(kind: .number, start: start, end: position, hasEscapes: false)
        }
    }

    /// Which paths continue into the value of `key` (the child mask) and which one, if any,
    /// ends exactly at it.
    private func match(key: (start: Int, end: Int, hasEscapes: Bool), mask: UInt64) -> (UInt64, Int) {
        if key.hasEscapes {
            var unescaped = JSONUnescape.bytes(UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]))
            return unescaped.withUnsafeMutableBufferPointer { match(UnsafeBufferPointer($0), mask: mask) }
        }
        return match(UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), mask: mask)
    }

    private func match(_ key: UnsafeBufferPointer<UInt8>, mask: UInt64) -> (UInt64, Int) {
        var child: UInt64 = 0
        var complete = -1
        var remaining = mask
        paths.entries.withUnsafeBufferPointer { entries in
            paths.flat.withUnsafeBufferPointer { flat in
                while remaining != 0 {
                    let bit = remaining.trailingZeroBitCount
                    remaining &= remaining - 1
                    for entry in entries[paths.entryRanges[bit]] where entry.length == key.count {
                        var equal = true
                        for index in 0..<entry.length where flat[entry.start + index] != key[index] {
                            equal = false
                            break
                        }
                        guard equal else { continue }
                        if entry.last {
                            complete = entry.path
                        } else {
                            child |= 1 << UInt64(entry.path * JSONFieldPaths.maxSegments + entry.to)
                        }
                    }
                }
            }
        }
        return (child, complete)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONScanError) {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else {
            // A prefix of the literal at the end of the line is a cut-off value.
            let rest = bytes.count - position
            if (0..<rest).allSatisfy({ bytes[position + $0] == literal.utf8Start[$0] }) { throw .truncated }
            throw .unexpectedCharacter(at: position)
        }
        for index in 0..<count where bytes[position + index] != literal.utf8Start[index] {
            throw .unexpectedCharacter(at: position + index)
        }
        position += count
    }

    /// Scans a number in JSON's grammar: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func scanNumber() throws(JSONScanError) {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw .truncated }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) { throw .invalidNumber(at: start) }
        } else if isDigit(bytes[position]) {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        } else {
            throw .invalidNumber(at: start)
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count else { throw .truncated }
            guard isDigit(bytes[position]) else { throw .invalidNumber(at: start) }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count,
                bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
            {
                position += 1
            }
            guard position < bytes.count else { throw .truncated }
            guard isDigit(bytes[position]) else { throw .invalidNumber(at: start) }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "."), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"):
                throw .invalidNumber(at: start)
            default: break
            }
        }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Scans a string at `position` (on its opening quote); returns the extent of its contents.
    private mutating func scanString() throws(JSONScanError) -> (start: Int, end: Int, hasEscapes: Bool) {
        position += 1
        let start = position
        var hasEscapes = false
        let count = bytes.count
        while true {
            // Skip 8 plain bytes at a time (no quote, backslash, control or non-ASCII byte).
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while position &+ 8 <= count,
                    !Self.needsAttention(base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                {
                    position &+= 8
                }
            }
            guard position < count else { throw .truncated }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return (start, position - 1, hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                try scanEscape()
            } else if byte < 0x20 {
                throw .controlCharacter(at: position)
            } else if byte >= 0x80 {
                guard let length = UTF8Check.sequenceLength(bytes, at: position) else {
                    throw .invalidUTF8(at: position)
                }
                position += length
            } else {
                position += 1
            }
        }
    }

    /// Whether any of the 8 bytes in `word` is a quote, a backslash, below 0x20 or above 0x7F
    /// (the SWAR "has a byte less than / equal to" tests, exact about whether one exists).
    @inline(__always)
    private static func needsAttention(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        let hasControl = (word &- ones &* 0x20) & ~word
        return ((hasQuote | hasBackslash | hasControl) & highs) | (word & highs) != 0
    }

    private mutating func scanEscape() throws(JSONScanError) {
        let start = position
        position += 1
        guard position < bytes.count else { throw .truncated }
        switch bytes[position] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: position + 1, escapeStart: start)
            position += 5
            if (0xD800..<0xDC00).contains(unit) {
                // A high surrogate needs a low one right after it.
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw .invalidEscape(at: start) }
                let low = try hexUnit(at: position + 2, escapeStart: start)
                guard (0xDC00..<0xE000).contains(low) else { throw .invalidEscape(at: start) }
                position += 6
            } else if (0xDC00..<0xE000).contains(unit) {
                throw .invalidEscape(at: start)
            }
        default:
            throw .invalidEscape(at: start)
        }
    }

    private func hexUnit(at index: Int, escapeStart: Int) throws(JSONScanError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw .truncated }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = JSONUnescape.hexValue(bytes[index + offset]) else {
                throw .invalidEscape(at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// A byte ≥ 0x80 outside a string: invalid UTF-8 if it is, else a misplaced character.
    private func classifyHighByte(at index: Int) -> JSONScanError {
        UTF8Check.sequenceLength(bytes, at: index) == nil
            ? .invalidUTF8(at: index) : .unexpectedCharacter(at: index)
    }
}
