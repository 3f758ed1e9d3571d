/// The text of every file a run loaded, so that printers can show the line a diagnostic points at.
///
/// The loader fills it and the printers read it. Lines are split the way libyaml counts them
/// (`\n`, `\r\n`, `\r`, and the Unicode breaks NEL, LS and PS), so that a line number taken from a
/// libyaml mark finds the same line here.
package struct SourceFiles: Sendable, Hashable {
    /// One file's text, its UTF-8 bytes and where each line starts and ends in them.
    private struct Entry: Sendable, Hashable {
        var text: String
        var bytes: [UInt8]
        /// Byte ranges of the lines, without their line breaks.
        var lines: [Range<Int>]
    }

    private var entries: [String: Entry] = [:]
    /// The paths in the order they were added.
    package private(set) var paths: [String] = []

    package init() {}

    /// Records `text` as the content of `path`, replacing an earlier text for the same path.
    package mutating func add(path: String, text: String) {
        if entries[path] == nil { paths.append(path) }
        let bytes = Array(text.utf8)
        entries[path] = Entry(text: text, bytes: bytes, lines: Self.lineRanges(bytes))
    }

    /// Adds every file of `other` (its texts win for paths both know).
    package mutating func merge(_ other: SourceFiles) {
        for path in other.paths {
            if let entry = other.entries[path] { add(path: path, text: entry.text) }
        }
    }

    /// The whole text of `path`, if it was loaded.
    package func text(of path: String) -> String? {
        entries[path]?.text
    }

    /// Line `number` (1-based) of `path` without its line break, or `nil` when out of range.
    package func line(_ number: Int, of path: String) -> String? {
        guard let entry = entries[path], number >= 1, number <= entry.lines.count else { return nil }
        return String(decoding: entry.bytes[entry.lines[number - 1]], as: UTF8.self)
    }

    /// How many lines `path` has (0 for an unknown path).
    package func lineCount(of path: String) -> Int {
        entries[path]?.lines.count ?? 0
    }

    /// Splits on every break libyaml recognises; a final break does not start an extra line.
    ///
    /// Works on bytes (one pass, no per-character allocation) because configs with thousands of
    /// prices are split on every run, while only the few lines with diagnostics are ever decoded.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let breakLength = lineBreakLength(in: bytes, at: index)
            if breakLength > 0 {
                lines.append(lineStart..<index)
                index += breakLength
                lineStart = index
            } else {
                index += 1
            }
        }
        if lineStart < bytes.count { lines.append(lineStart..<bytes.count) }
        return lines
    }

    /// The length in bytes of the line break at `index` (`\n`, `\r\n`, `\r`, NEL, LS, PS), or 0.
    private static func lineBreakLength(in bytes: [UInt8], at index: Int) -> Int {
        let remaining = bytes.count - index
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return remaining > 1 && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return remaining > 1 && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            let isLSorPS = remaining > 2 && bytes[index + 1] == 0x80 && (bytes[index + 2] & 0xFE) == 0xA8
            return isLSorPS ? 3 : 0
        default: return 0
        }
    }
}
