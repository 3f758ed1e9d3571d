/// The text of every file a run loaded, so that printers can show the line a diagnostic points at.
///
/// The loader fills it and the printers read it. Lines are split the way libyaml counts them
/// (`\n`, `\r\n`, `\r`, and the Unicode breaks NEL, LS and PS), so that a line number taken from a
/// libyaml mark finds the same line here.
public struct SourceFiles: Sendable, Hashable {
    /// One file's text and its lines without their terminators.
    private struct Entry: Sendable, Hashable {
        var text: String
        var lines: [String]
    }

    private var entries: [String: Entry] = [:]
    /// The paths in the order they were added.
    public private(set) var paths: [String] = []

    public init() {}

    /// Records `text` as the content of `path`, replacing an earlier text for the same path.
    public mutating func add(path: String, text: String) {
        if entries[path] == nil { paths.append(path) }
        entries[path] = Entry(text: text, lines: Self.splitLines(text))
    }

    /// Adds every file of `other` (its texts win for paths both know).
    public mutating func merge(_ other: SourceFiles) {
        for path in other.paths {
            if let entry = other.entries[path] { add(path: path, text: entry.text) }
        }
    }

    /// The whole text of `path`, if it was loaded.
    public func text(of path: String) -> String? {
        entries[path]?.text
    }

    /// Line `number` (1-based) of `path` without its line break, or `nil` when out of range.
    public func line(_ number: Int, of path: String) -> String? {
        guard let lines = entries[path]?.lines, number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// How many lines `path` has (0 for an unknown path).
    public func lineCount(of path: String) -> Int {
        entries[path]?.lines.count ?? 0
    }

    /// Splits on every break libyaml recognises; a final break does not start an extra line.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(String(current))
                current = String.UnicodeScalarView()
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
