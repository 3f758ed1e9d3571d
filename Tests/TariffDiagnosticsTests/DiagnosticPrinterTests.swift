import Testing
import TariffDiagnostics

/// Golden-style tests for the compiler-style text printer; expected strings are written by hand.
@Suite struct DiagnosticPrinterTests {
    private func range(_ file: String, _ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int)
        -> SourceRange
    {
        SourceRange(
            start: SourceLocation(file: file, line: line, column: column),
            end: SourceLocation(file: file, line: endLine, column: endColumn))
    }

    private func files(_ path: String, _ text: String) -> SourceFiles {
        var files = SourceFiles()
        files.add(path: path, text: text)
        return files
    }

    @Test func errorWithUnderlineAndFixIt() {
        let printer = DiagnosticPrinter(
            files: files("prices.yaml", "prices:\n  search:\n    interval: mnth\n"))
        let diagnostic = Diagnostic(
            .error, code: "price.interval",
            "unknown interval 'mnth'; expected day, week, month or year",
            at: range("prices.yaml", 3, 15, 3, 19), fixIt: "month")
        #expect(
            printer.render(diagnostic) == """
                prices.yaml:3:15: error[price.interval]: unknown interval 'mnth'; expected day, week, month or year
                 3 |     interval: mnth
                   |               ^~~~
                prices.yaml:3:15: fix-it: did you mean 'month'?

                """)
    }

    @Test func noteGetsItsOwnSnippet() {
        let printer = DiagnosticPrinter(files: files("c.yaml", "a: 1\nb: 2\na: 3\n"))
        let diagnostic = Diagnostic(
            .error, code: "yaml.duplicate-key", "duplicate key 'a'",
            at: range("c.yaml", 3, 1, 3, 2),
            notes: [DiagnosticNote("'a' is first defined here", at: range("c.yaml", 1, 1, 1, 2))])
        #expect(
            printer.render(diagnostic) == """
                c.yaml:3:1: error[yaml.duplicate-key]: duplicate key 'a'
                 3 | a: 3
                   | ^
                c.yaml:1:1: note: 'a' is first defined here
                 1 | a: 1
                   | ^

                """)
    }

    @Test func warningWithWideGutterAndUnlocatedNote() {
        let text = String(repeating: "\n", count: 11) + "nickname: x\n"
        let printer = DiagnosticPrinter(files: files("p.yaml", text))
        let diagnostic = Diagnostic(
            .warning, code: "price.nickname", "metered price has no nickname",
            at: range("p.yaml", 12, 1, 12, 9), notes: [DiagnosticNote("invoices show it")])
        #expect(
            printer.render(diagnostic) == """
                p.yaml:12:1: warning[price.nickname]: metered price has no nickname
                 12 | nickname: x
                    | ^~~~~~~~
                note: invoices show it

                """)
    }

    @Test func multiLineRangeIsUnderlinedToEndOfFirstLine() {
        let printer = DiagnosticPrinter(files: files("f.yaml", "key: [1,\n  2]\n"))
        let diagnostic = Diagnostic(
            .error, code: "x.y", "bad list", at: range("f.yaml", 1, 6, 2, 5))
        #expect(
            printer.render(diagnostic) == """
                f.yaml:1:6: error[x.y]: bad list
                 1 | key: [1,
                   |      ^~~

                """)
    }

    @Test func tabsAreShownAsSpacesAndTheUnderlineStaysAligned() {
        let printer = DiagnosticPrinter(files: files("t.yaml", "\tkey: x\n"))
        let diagnostic = Diagnostic(.error, code: "x.y", "tab", at: range("t.yaml", 1, 2, 1, 5))
        #expect(
            printer.render(diagnostic) == """
                t.yaml:1:2: error[x.y]: tab
                 1 |     key: x
                   |     ^~~

                """)
    }

    @Test func emptyRangeAtEndOfLineGetsOneCaret() {
        let printer = DiagnosticPrinter(files: files("e.yaml", "a:\n"))
        let diagnostic = Diagnostic(.error, code: "x.y", "value missing", at: range("e.yaml", 1, 3, 1, 3))
        #expect(
            printer.render(diagnostic) == """
                e.yaml:1:3: error[x.y]: value missing
                 1 | a:
                   |   ^

                """)
    }

    @Test func columnsCountUnicodeScalars() {
        let printer = DiagnosticPrinter(files: files("u.yaml", "name: é ü x\n"))
        let diagnostic = Diagnostic(.error, code: "x.y", "x", at: range("u.yaml", 1, 11, 1, 12))
        #expect(
            printer.render(diagnostic) == """
                u.yaml:1:11: error[x.y]: x
                 1 | name: é ü x
                   |           ^

                """)
    }

    @Test func diagnosticWithoutRangeOrUnknownFileHasNoSnippet() {
        let printer = DiagnosticPrinter(files: SourceFiles())
        let missing = Diagnostic(
            .error, code: "config.missing-path", "no such file or directory: 'x.yaml'", at: nil)
        let unknown = Diagnostic(.error, code: "x.y", "z", at: range("gone.yaml", 2, 1, 2, 2))
        #expect(
            printer.render([missing, unknown]) == """
                error[config.missing-path]: no such file or directory: 'x.yaml'
                gone.yaml:2:1: error[x.y]: z

                """)
    }

    @Test func colourOnlyWhenAskedFor() {
        let source = files("c.yaml", "a: 1\n")
        let diagnostic = Diagnostic(
            .error, code: "x.y", "bad", at: range("c.yaml", 1, 1, 1, 2),
            notes: [DiagnosticNote("here", at: range("c.yaml", 1, 4, 1, 5))], fixIt: "b")
        let plain = DiagnosticPrinter(files: source, useColor: false).render(diagnostic)
        let coloured = DiagnosticPrinter(files: source, useColor: true).render(diagnostic)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.hasPrefix("\u{1B}[1mc.yaml:1:1:\u{1B}[0m \u{1B}[1;31merror[x.y]:\u{1B}[0m "))
        #expect(coloured.contains("\u{1B}[1;32m^\u{1B}[0m"))
        // Stripping the escapes gives back exactly the plain text.
        #expect(stripANSI(coloured) == plain)
    }

    private func stripANSI(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if scalar == "m" { inEscape = false }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension DiagnosticPrinterTests {
    @Test func controlCharactersInTheSourceAreNotPrinted() {
        var files = SourceFiles()
        files.add(path: "c.yaml", text: "mode: test\u{07}\u{1B}[31m\n")
        let range = SourceRange(
            start: SourceLocation(file: "c.yaml", line: 1, column: 11),
            end: SourceLocation(file: "c.yaml", line: 1, column: 12))
        let text = DiagnosticPrinter(files: files).render(
            Diagnostic(.error, code: "yaml.syntax", "control character", at: range))
        #expect(
            text == """
                c.yaml:1:11: error[yaml.syntax]: control character
                 1 | mode: test\u{FFFD}\u{FFFD}[31m
                   |           ^

                """)
    }
}

extension DiagnosticPrinterTests {
    @Test func longLinesAreCutToAWindowAroundTheRange() {
        // 200 digits "0123456789" repeated; the range covers columns 151–155.
        let line = String(repeating: "0123456789", count: 20)
        var files = SourceFiles()
        files.add(path: "m.yaml", text: line)
        let range = SourceRange(
            start: SourceLocation(file: "m.yaml", line: 1, column: 151),
            end: SourceLocation(file: "m.yaml", line: 1, column: 156))
        let text = DiagnosticPrinter(files: files).render(Diagnostic(.error, code: "a.b", "m", at: range))
        // The window is scalars 120..<200 (columns 121–200): it starts 30 before the range and
        // reaches the end of the line, so only the front is elided.
        let shown = String(line.dropFirst(120))
        #expect(
            text == """
                m.yaml:1:151: error[a.b]: m
                 1 | …\(shown)
                   | \(String(repeating: " ", count: 31))^~~~~

                """)
    }
}
