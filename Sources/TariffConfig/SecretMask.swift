import TariffDiagnostics

/// Masks secrets in the source text the printers quote: a literal API key in the config is
/// reported, but the snippet under the diagnostic must not show it (STYLE.md habit 12).
enum SecretMask {
    /// `files` with every character inside `ranges` replaced by `*` (line breaks kept, so
    /// columns and underlines still line up).
    static func mask(_ ranges: [SourceRange], in files: SourceFiles) -> SourceFiles {
        var masked = SourceFiles()
        for path in files.paths {
            guard var text = files.text(of: path) else { continue }
            for range in ranges where range.file == path {
                text = mask(range, in: text)
            }
            masked.add(path: path, text: text)
        }
        return masked
    }

    /// Masks one range of one file's text.
    static func mask(_ range: SourceRange, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Array(String($0).unicodeScalars)
        }
        for lineNumber in range.start.line...max(range.start.line, range.end.line)
        where lineNumber <= lines.count {
            let index = lineNumber - 1
            let from = lineNumber == range.start.line ? range.start.column - 1 : 0
            let to = lineNumber == range.end.line ? range.end.column - 1 : lines[index].count
            guard from < to, from >= 0 else { continue }
            for column in from..<min(to, lines[index].count) where lines[index][column] != "\r" {
                lines[index][column] = "*"
            }
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }
}
