import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// Hostile documents: alias bombs, deep nesting, bad encodings. Each must fail fast and clearly.
@Suite struct YAMLLoaderLimitTests {
    /// The classic "billion laughs": nine levels, each repeating the one below nine times.
    static let billionLaughs: String = {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (below, name) in zip(names, names.dropFirst()) {
            let items = Array(repeating: "*\(below)", count: 9).joined(separator: ",")
            lines.append("\(name): &\(name) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsFailsFastAtTheAlias() {
        let clock = ContinuousClock()
        var result: (root: YAMLNode?, diagnostics: [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = YAMLTestSupport.load(Self.billionLaughs) }
        #expect(result.root == nil)
        // a=10 nodes, b=91, c=820, d=7381, e=66430: the first *e on line f crosses 100,000.
        #expect(
            result.diagnostics.map(YAMLTestSupport.describe) == [
                "6:8-6:10 yaml.alias-bomb: expanding alias '*e' (66430 nodes) would take the document "
                    + "past 100000 nodes produced by aliases; this looks like a 'billion laughs' "
                    + "document, so loading stops here"
            ])
        #expect(elapsed < .seconds(1))
    }

    @Test func largeDocumentsGetAProportionalBudget() {
        // Ten aliases of a 10-node list: 100 expanded nodes. With 10 per own node (13 to 22 own
        // nodes as the document grows) that fits; with 1 per own node the second alias does not.
        let limits = YAMLLoader.Limits(aliasNodeBudget: 5, aliasBudgetPerNode: 10, maxDepth: 100)
        let list = (1...9).map(String.init).joined(separator: ", ")
        let ok = "a: &a [\(list)]\n" + (1...10).map { "k\($0): *a" }.joined(separator: "\n")
        let (root, diagnostics) = YAMLTestSupport.load(ok, limits: limits)
        #expect(diagnostics.isEmpty)
        #expect(root != nil)
        let tight = YAMLLoader.Limits(aliasNodeBudget: 5, aliasBudgetPerNode: 1, maxDepth: 100)
        let (none, errors) = YAMLTestSupport.load(ok, limits: tight)
        #expect(none == nil)
        #expect(errors.map(\.code) == ["yaml.alias-bomb"])
        #expect(errors.first?.range?.start.line == 3)
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
        let (root, diagnostics) = YAMLTestSupport.load("a: " + deep + "\n")
        #expect(root == nil)
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "1:103-1:104 yaml.too-deep: the document nests more than 100 levels deep here; "
                    + "a Tariff config never needs that many"
            ])
        let (fine, none) = YAMLTestSupport.load(
            "a: " + String(repeating: "[", count: 99) + String(repeating: "]", count: 99))
        #expect(none.isEmpty)
        #expect(fine != nil)
    }

    @Test func hugeNestingDoesNotCrash() {
        let (root, diagnostics) = YAMLTestSupport.load(String(repeating: "[", count: 200_000))
        #expect(root == nil)
        #expect(diagnostics.map(\.code) == ["yaml.too-deep"])
    }

    /// Bytes and the exact diagnostic they give.
    static let badEncodings: [([UInt8], String)] = {
        var cases: [([UInt8], String)] = []
        cases.append(
            (
                Array("name: caf".utf8) + [0xE9, 0x0A],
                "1:10-1:10 yaml.invalid-utf8: the file is not valid UTF-8: byte 0xE9 cannot appear here; re-save the file with UTF-8 encoding"
            ))
        cases.append(
            (
                Array("a: é\nb: ".utf8) + [0xFF],
                "2:4-2:4 yaml.invalid-utf8: the file is not valid UTF-8: byte 0xFF cannot appear here; re-save the file with UTF-8 encoding"
            ))
        cases.append(
            (
                Array("a: ".utf8) + [0xED, 0xA0, 0x80],
                "1:4-1:4 yaml.invalid-utf8: the file is not valid UTF-8: byte 0xED cannot appear here; re-save the file with UTF-8 encoding"
            ))
        cases.append(
            (
                [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00],
                "1:8-1:8 yaml.binary: the file contains a NUL byte at line 1, column 8: it looks like a binary file, not YAML text"
            ))
        cases.append(
            (
                [0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00],
                "1:4-1:4 yaml.binary: the file contains a NUL byte at line 1, column 4: it looks like UTF-16; save it as UTF-8"
            ))
        cases.append(
            (
                Array("a: 1\nb: x".utf8) + [0x00],
                "2:5-2:5 yaml.binary: the file contains a NUL byte at line 2, column 5: it looks like a binary file, not YAML text"
            ))
        return cases
    }()

    @Test(arguments: badEncodings)
    func badEncodingsHaveALocation(bytes: [UInt8], expected: String) {
        let (root, diagnostics) = YAMLTestSupport.load(bytes: bytes)
        #expect(root == nil)
        #expect(diagnostics.map(YAMLTestSupport.describe) == [expected])
    }
}
