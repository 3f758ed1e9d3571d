import Foundation
import TariffDiagnostics
import TariffRender
import Testing

/// The `--diagnostics-format json` document: every key present, nulls where a value is absent.
@Suite struct DiagnosticsDocumentTests {
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
}
