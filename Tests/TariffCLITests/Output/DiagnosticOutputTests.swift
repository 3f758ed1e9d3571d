import Testing
import TariffDiagnostics
@testable import TariffCLI

/// `--color` and `--diagnostics-format`, and what each format writes.
@Suite struct DiagnosticOutputTests {
    @Test func parsesTheFlags() throws {
        let defaults = try DiagnosticOptions.parse([])
        #expect(defaults.color == .auto)
        #expect(defaults.diagnosticsFormat == .text)
        let chosen = try DiagnosticOptions.parse(["--color", "never", "--diagnostics-format", "github"])
        #expect(chosen.color == .never)
        #expect(chosen.diagnosticsFormat == .github)
        #expect(throws: (any Error).self) { try DiagnosticOptions.parse(["--color", "sometimes"]) }
        #expect(throws: (any Error).self) { try DiagnosticOptions.parse(["--diagnostics-format", "xml"]) }
    }

    @Test(arguments: [
        ("auto", "text", [String: String](), true, true),
        ("auto", "text", [:], false, false),
        ("auto", "text", ["NO_COLOR": "1"], true, false),
        ("auto", "text", ["NO_COLOR": ""], true, true),  // no-color.org: only a non-empty value counts
        ("always", "text", ["NO_COLOR": "1"], false, true),
        ("never", "text", [:], true, false),
        ("always", "json", [:], true, false),  // machine formats are never coloured
        ("always", "github", [:], true, false),
    ])
    func decidesColour(
        color: String, format: String, environment: [String: String], terminal: Bool, expected: Bool
    ) throws {
        let options = try DiagnosticOptions.parse(["--color", color, "--diagnostics-format", format])
        #expect(options.useColor(environment: environment, stderrIsTerminal: terminal) == expected)
    }

    static func bag() -> (DiagnosticBag, SourceFiles) {
        var files = SourceFiles()
        files.add(path: "t.yaml", text: "version: 2\nnickname: x\n")
        var bag = DiagnosticBag()
        let line2 = SourceRange(
            start: SourceLocation(file: "t.yaml", line: 2, column: 1),
            end: SourceLocation(file: "t.yaml", line: 2, column: 9))
        let line1 = SourceRange(
            start: SourceLocation(file: "t.yaml", line: 1, column: 10),
            end: SourceLocation(file: "t.yaml", line: 1, column: 11))
        // Emitted out of order: the output is in source order.
        bag.warning("x.warn", "a warning", at: line2)
        bag.error("config.version", "unsupported version '2'; expected 1", at: line1)
        return (bag, files)
    }

    @Test func textHasSnippetsAndASummaryInSourceOrder() {
        let (bag, files) = Self.bag()
        #expect(
            DiagnosticOutput.render(bag, files: files, format: .text, useColor: false) == """
                t.yaml:1:10: error[config.version]: unsupported version '2'; expected 1
                 1 | version: 2
                   |          ^
                t.yaml:2:1: warning[x.warn]: a warning
                 2 | nickname: x
                   | ^~~~~~~~
                1 error, 1 warning

                """)
        #expect(DiagnosticOutput.render(DiagnosticBag(), files: files, format: .text, useColor: false) == "")
    }

    @Test func jsonAndGitHubCarryOnlyTheDiagnostics() {
        let (bag, files) = Self.bag()
        let json = DiagnosticOutput.render(bag, files: files, format: .json, useColor: true)
        #expect(json.hasPrefix("{\"diagnostics\":[{\"code\":\"config.version\""))
        #expect(json.hasSuffix("\"format_version\":\"1\"}\n"))
        #expect(
            DiagnosticOutput.render(DiagnosticBag(), files: files, format: .json, useColor: false)
                == "{\"diagnostics\":[],\"format_version\":\"1\"}\n")
        #expect(
            DiagnosticOutput.render(bag, files: files, format: .github, useColor: true) == """
                ::error file=t.yaml,line=1,col=10,endLine=1,endColumn=10,title=config.version::unsupported version '2'; expected 1
                ::warning file=t.yaml,line=2,col=1,endLine=2,endColumn=8,title=x.warn::a warning

                """)
    }

    @Test func exactRepeatsArePrintedOnce() {
        let (bag, files) = Self.bag()
        var twice = bag
        twice.append(contentsOf: bag)
        #expect(
            DiagnosticOutput.render(twice, files: files, format: .text, useColor: false)
                == DiagnosticOutput.render(bag, files: files, format: .text, useColor: false))
        #expect(
            DiagnosticOutput.render(twice, files: files, format: .github, useColor: false)
                .split(separator: "\n").count == 2)
    }
}
