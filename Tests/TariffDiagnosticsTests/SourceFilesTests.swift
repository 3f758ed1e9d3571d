import Testing
import TariffDiagnostics

/// Line lookup agrees with how libyaml counts lines.
@Suite struct SourceFilesTests {
    @Test(arguments: [
        ("a\nb\nc\n", ["a", "b", "c"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\rb", ["a", "b"]),
        ("a\n\nb", ["a", "", "b"]),
        ("a\u{2028}b\u{85}c", ["a", "b", "c"]),
        ("", []),
        ("\n", [""]),
    ])
    func splitsLinesLikeLibYAML(text: String, lines: [String]) {
        var files = SourceFiles()
        files.add(path: "f", text: text)
        #expect(files.lineCount(of: "f") == lines.count)
        for (offset, line) in lines.enumerated() {
            #expect(files.line(offset + 1, of: "f") == line)
        }
        #expect(files.line(0, of: "f") == nil)
        #expect(files.line(lines.count + 1, of: "f") == nil)
    }

    @Test func keepsPathsInOrderAndReplacesText() {
        var files = SourceFiles()
        files.add(path: "b.yaml", text: "one")
        files.add(path: "a.yaml", text: "two")
        files.add(path: "b.yaml", text: "three")
        #expect(files.paths == ["b.yaml", "a.yaml"])
        #expect(files.text(of: "b.yaml") == "three")
        #expect(files.text(of: "c.yaml") == nil)
        var other = SourceFiles()
        other.add(path: "c.yaml", text: "four")
        files.merge(other)
        #expect(files.paths == ["b.yaml", "a.yaml", "c.yaml"])
        #expect(files.line(1, of: "c.yaml") == "four")
    }
}
