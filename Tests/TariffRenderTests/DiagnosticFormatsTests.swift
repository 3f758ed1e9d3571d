import Foundation
import Testing
import TariffDiagnostics
import TariffRender

/// The machine-readable formats: the JSON document's shape and GitHub annotations' escaping.
@Suite struct DiagnosticFormatsTests {
    private static func range(_ file: String, _ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int)
        -> SourceRange
    {
        SourceRange(
            start: SourceLocation(file: file, line: line, column: column),
            end: SourceLocation(file: file, line: endLine, column: endColumn))
    }

    static let duplicate = Diagnostic(
        .error, code: "yaml.duplicate-key", "duplicate key 'a'", at: range("c.yaml", 3, 1, 3, 2),
        notes: [DiagnosticNote("'a' is first defined here", at: range("c.yaml", 1, 1, 1, 2))])
    static let interval = Diagnostic(
        .warning, code: "price.interval", "unknown interval 'mnth'", at: range("p.yaml", 4, 15, 4, 19),
        notes: [DiagnosticNote("no location")], fixIt: "month")
    static let missing = Diagnostic(.error, code: "config.missing-path", "no such file: 'x'", at: nil)

    @Test func jsonDocumentHasEveryKeyWithNulls() {
        let json = DiagnosticsDocumentV1([Self.duplicate, Self.missing]).jsonString()
        #expect(
            json == """
                {"diagnostics":[{"code":"yaml.duplicate-key","column":1,"end_column":2,"end_line":3,\
                "file":"c.yaml","fix_it":null,"line":3,"message":"duplicate key 'a'","notes":[{"column":1,\
                "end_column":2,"end_line":1,"file":"c.yaml","line":1,"message":"'a' is first defined here"}],\
                "severity":"error"},{"code":"config.missing-path","column":null,"end_column":null,\
                "end_line":null,"file":null,"fix_it":null,"line":null,"message":"no such file: 'x'",\
                "notes":[],"severity":"error"}],"format_version":"1"}

                """)
    }

    @Test func jsonDocumentRoundTripsThroughAGenericParser() throws {
        let json = DiagnosticsDocumentV1([Self.interval]).jsonString(pretty: true)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let document = try #require(object as? [String: Any])
        #expect(document["format_version"] as? String == "1")
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["severity"] as? String == "warning")
        #expect(diagnostics.first?["fix_it"] as? String == "month")
        #expect(diagnostics.first?["end_column"] as? Int == 19)
        let notes = try #require(diagnostics.first?["notes"] as? [[String: Any]])
        #expect(notes.first?["message"] as? String == "no location")
        #expect(notes.first?["line"] is NSNull)
    }

    @Test func githubAnnotations() {
        #expect(
            GitHubAnnotations.render([Self.duplicate, Self.interval, Self.missing]) == """
                ::error file=c.yaml,line=3,col=1,endLine=3,endColumn=1,title=yaml.duplicate-key::\
                duplicate key 'a'%0Anote: c.yaml:1:1: 'a' is first defined here
                ::warning file=p.yaml,line=4,col=15,endLine=4,endColumn=18,title=price.interval::\
                unknown interval 'mnth'%0Anote: no location%0Adid you mean 'month'?
                ::error title=config.missing-path::no such file: 'x'

                """)
    }

    @Test func githubMultiLineRangeHasNoColumns() {
        let diagnostic = Diagnostic(.error, code: "a.b", "m", at: Self.range("f.yaml", 2, 3, 5, 1))
        #expect(GitHubAnnotations.render(diagnostic) == "::error file=f.yaml,line=2,endLine=5,title=a.b::m\n")
    }

    @Test(arguments: [
        ("100% sure", "100%25 sure"),
        ("a\r\nb", "a%0D%0Ab"),
        ("a: b, c", "a: b, c"),
        ("%0A", "%250A"),
    ])
    func githubMessageEscaping(raw: String, escaped: String) {
        #expect(GitHubAnnotations.escapeData(raw) == escaped)
    }

    @Test(arguments: [
        ("dir,with:odd%.yaml", "dir%2Cwith%3Aodd%25.yaml"),
        ("line\nbreak", "line%0Abreak"),
        ("plain/path.yaml", "plain/path.yaml"),
    ])
    func githubPropertyEscaping(raw: String, escaped: String) {
        #expect(GitHubAnnotations.escapeProperty(raw) == escaped)
    }

    @Test func githubEscapesTheFileProperty() {
        let diagnostic = Diagnostic(.error, code: "a.b", "m", at: Self.range("x,y.yaml", 1, 1, 1, 2))
        #expect(
            GitHubAnnotations.render(diagnostic)
                == "::error file=x%2Cy.yaml,line=1,col=1,endLine=1,endColumn=1,title=a.b::m\n")
    }

    @Test(arguments: [
        ([Diagnostic](), "no errors or warnings"),
        ([DiagnosticFormatsTests.duplicate], "1 error"),
        ([DiagnosticFormatsTests.duplicate, DiagnosticFormatsTests.missing], "2 errors"),
        ([DiagnosticFormatsTests.interval], "1 warning"),
        (
            [
                DiagnosticFormatsTests.duplicate, DiagnosticFormatsTests.interval,
                DiagnosticFormatsTests.missing, DiagnosticFormatsTests.interval,
            ], "2 errors, 2 warnings"
        ),
        ([DiagnosticFormatsTests.duplicate, DiagnosticFormatsTests.interval], "1 error, 1 warning"),
    ])
    func summaryLine(diagnostics: [Diagnostic], expected: String) {
        #expect(DiagnosticSummary.line(for: diagnostics) == expected)
    }
}
