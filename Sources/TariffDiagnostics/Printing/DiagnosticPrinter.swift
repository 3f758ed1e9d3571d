/// Renders diagnostics as compiler-style text for a terminal (STYLE.md habit 4).
///
/// ```
/// prices.yaml:12:15: error[price.interval]: unknown interval 'mnth'
///    12 |     interval: mnth
///       |               ^~~~
/// prices.yaml:12:15: fix-it: did you mean 'month'?
/// ```
///
/// Each diagnostic is its header line, the source line with a `^~~~` underline under the range
/// (a range spanning lines is underlined to the end of its first line), then each note with its
/// own snippet, then the fix-it (`Diagnostic.fixIt` is the replacement text, shown as
/// "did you mean '…'?"). With `useColor` off the output contains no escape codes at all.
package struct DiagnosticPrinter: Sendable {
    package var files: SourceFiles
    package var useColor: Bool

    package init(files: SourceFiles, useColor: Bool = false) {
        self.files = files
        self.useColor = useColor
    }

    /// Every diagnostic in the order given, one after another.
    package func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// One diagnostic with its snippet, notes and fix-it; ends with a newline.
    package func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let label = "\(diagnostic.severity.rawValue)[\(diagnostic.code)]"
        out += header(at: diagnostic.range, label: label, severity: diagnostic.severity)
        out += style(.bold, diagnostic.message) + "\n"
        out += snippet(for: diagnostic.range)
        for note in diagnostic.notes {
            out += header(at: note.range, label: "note", severity: .note)
            out += note.message + "\n"
            out += snippet(for: note.range)
        }
        if let fixIt = diagnostic.fixIt {
            out += header(at: diagnostic.range, label: "fix-it", severity: .note)
            out += "did you mean '\(fixIt)'?\n"
        }
        return out
    }

    /// `path:line:col: label: ` (or just `label: ` without a range), coloured by severity.
    private func header(at range: SourceRange?, label: String, severity: Severity) -> String {
        var out = ""
        if let start = range?.start {
            out += style(.bold, "\(start.file):\(start.line):\(start.column):") + " "
        }
        let colour: Style =
            switch severity {
            case .error: .red
            case .warning: .magenta
            case .note: .cyan
            }
        return out + style(colour, label + ":") + " "
    }

    /// The source line of `range.start` and an underline below it; empty when the text is unknown.
    ///
    /// A line longer than `maxShownLength` (minified or generated YAML) is cut to a window that
    /// starts a little before the range, with `…` marking what was left out.
    private func snippet(for range: SourceRange?) -> String {
        guard let range, let line = files.line(range.start.line, of: range.file) else { return "" }
        let scalars = Array(line.unicodeScalars)
        let start = max(0, range.start.column - 1)
        // Exclusive end in scalars: the range's end, or the end of the line for a multi-line range.
        let end =
            range.end.line == range.start.line
            ? max(range.end.column - 1, start + 1) : max(scalars.count, start + 1)
        var from = 0
        var to = scalars.count
        if scalars.count > Self.maxShownLength {
            from = max(0, min(start, scalars.count) - Self.shownBeforeRange)
            to = min(scalars.count, from + Self.maxShownLength)
        }
        let shownLine =
            (from > 0 ? "…" : "") + printable(scalars[from..<to]) + (to < scalars.count ? "…" : "")
        let visibleStart = min(start, scalars.count)
        // A range past the end of the line (at a line break or the end of the file) still gets
        // one caret, placed after the last character.
        let padding =
            (from > 0 ? 1 : 0) + displayWidth(scalars[from..<visibleStart]) + (start - visibleStart)
        let visibleEnd = min(end, to)
        let width = max(1, displayWidth(scalars[visibleStart..<max(visibleStart, visibleEnd)]))
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        var out = " \(style(.blue, number + " |")) \(shownLine)\n"
        out += " \(style(.blue, gutter + " |")) " + String(repeating: " ", count: padding)
        out += style(.green, "^" + String(repeating: "~", count: width - 1)) + "\n"
        return out
    }

    /// Source lines longer than this many scalars are shown as a window around the range.
    private static let maxShownLength = 120
    /// How much of the line before the range such a window keeps.
    private static let shownBeforeRange = 30

    /// How many columns the scalars take once tabs are shown as four spaces.
    private func displayWidth(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + ($1 == "\t" ? Self.tabWidth : 1) }
    }

    /// The line as it is safe to print: each tab as four spaces (so the underline stays aligned)
    /// and other control characters as U+FFFD, so a file cannot send escape codes to the terminal.
    private func printable(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar == "\t" {
                out.append(contentsOf: String(repeating: " ", count: Self.tabWidth).unicodeScalars)
            } else if scalar.properties.generalCategory == .control {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let tabWidth = 4

    /// The ANSI styles the printer uses.
    private enum Style: String {
        case bold = "1"
        case red = "1;31"
        case magenta = "1;35"
        case cyan = "1;36"
        case blue = "1;34"
        case green = "1;32"
    }

    private func style(_ style: Style, _ text: String) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
