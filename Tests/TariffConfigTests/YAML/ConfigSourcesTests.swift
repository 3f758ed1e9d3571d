import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// Loading several files or a directory, and merging their top-level mappings.
@Suite struct ConfigSourcesTests {
    private func merge(_ files: [(String, String)]) -> (ConfigSources, [Diagnostic]) {
        var bag = DiagnosticBag()
        let inputs = files.map { ConfigSourceFile(path: $0.0, bytes: Array($0.1.utf8)) }
        let sources = ConfigSources.merge(inputs, diagnostics: &bag)
        return (sources, bag.diagnostics)
    }

    @Test func mappingsMergeRecursivelyInFileOrder() {
        let (sources, diagnostics) = merge([
            ("a.yaml", "version: 1\nproducts:\n  search:\n    name: Search\n"),
            ("b.yaml", "products:\n  storage:\n    name: Storage\nmeters:\n  calls: {}\n"),
        ])
        #expect(diagnostics.isEmpty)
        #expect(
            YAMLTestSupport.render(sources.root)
                == "{version: 1, products: {search: {name: Search}, storage: {name: Storage}}, meters: {calls: {}}}"
        )
        #expect(YAMLTestSupport.key(sources.root, "products", "storage")?.range.file == "b.yaml")
        #expect(sources.files.paths == ["a.yaml", "b.yaml"])
        #expect(sources.files.line(3, of: "b.yaml") == "    name: Storage")
        #expect(sources.inputs.map(\.path) == ["a.yaml", "b.yaml"])
    }

    @Test func keyDefinedInTwoFilesNamesBoth() {
        let (sources, diagnostics) = merge([
            ("a.yaml", "stripe:\n  mode: test\n"),
            ("b.yaml", "stripe:\n  mode: live\nversion: 1\n"),
        ])
        #expect(
            diagnostics.map { "\($0.range?.file ?? "-") " + YAMLTestSupport.describe($0) } == [
                """
                b.yaml 2:3-2:7 config.duplicate-definition: 'stripe.mode' is defined both here and \
                in 'a.yaml'; define it in one file only
                  note 2:3-2:7 'stripe.mode' is first defined here
                """
            ])
        #expect(diagnostics.first?.notes.first?.range?.file == "a.yaml")
        // The first definition stays; the rest of the second file still merges.
        #expect(YAMLTestSupport.render(sources.root) == "{stripe: {mode: test}, version: 1}")
    }

    @Test func mappingAgainstScalarIsAConflictToo() {
        let (_, diagnostics) = merge([("a.yaml", "products: {}\n"), ("b.yaml", "products: none\n")])
        #expect(diagnostics.map(\.code) == ["config.duplicate-definition"])
        #expect(diagnostics.first?.message.hasPrefix("'products' is defined both here") == true)
    }

    @Test func nonMappingRootIsAnError() {
        let (sources, diagnostics) = merge([("l.yaml", "- a\n- b\n"), ("s.yaml", "just text\n")])
        #expect(sources.root == nil)
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "1:1-2:4 config.root-not-mapping: the top level of this file is a sequence; expected a "
                    + "mapping of keys such as `version: 1`",
                "1:1-1:10 config.root-not-mapping: the top level of this file is a single value; expected "
                    + "a mapping of keys such as `version: 1`",
            ])
    }

    @Test func brokenFileDoesNotStopTheOthers() {
        let (sources, diagnostics) = merge([("bad.yaml", "a: [\n"), ("good.yaml", "version: 1\n")])
        #expect(diagnostics.map(\.code) == ["yaml.syntax"])
        #expect(YAMLTestSupport.render(sources.root) == "{version: 1}")
        #expect(sources.files.paths == ["bad.yaml", "good.yaml"])
    }

    @Test func bytesAreKeptExactly() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("version: 1\r\n".utf8)
        var bag = DiagnosticBag()
        let sources = ConfigSources.merge([ConfigSourceFile(path: "v.yaml", bytes: bytes)], diagnostics: &bag)
        #expect(sources.inputs.first?.bytes == bytes)
        #expect(sources.files.line(1, of: "v.yaml") == "version: 1")
        #expect(!bag.hasErrors)
    }

    /// A fresh temporary directory with the given files (name → content; a trailing `/` makes a directory).
    private func directory(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("tariff-sources-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (name, content) in files {
            if name.hasSuffix("/") {
                try FileManager.default.createDirectory(
                    atPath: root + "/" + name, withIntermediateDirectories: true)
            } else {
                try Data(content.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
            }
        }
        return root
    }

    @Test func directoryReadsYAMLFilesInSortedOrder() throws {
        let dir = try directory([
            "b.yaml": "products:\n  b: {}\n", "a.yml": "version: 1\nproducts:\n  a: {}\n",
            "notes.txt": "not yaml", ".hidden.yaml": "broken: [", "nested.yaml/": "",
            "C.yaml": "meters: {}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bag = DiagnosticBag()
        let sources = ConfigSources.load(paths: [dir], diagnostics: &bag)
        #expect(bag.diagnostics.isEmpty)
        #expect(sources.inputs.map(\.path) == [dir + "/C.yaml", dir + "/a.yml", dir + "/b.yaml"])
        #expect(YAMLTestSupport.render(sources.root) == "{meters: {}, version: 1, products: {a: {}, b: {}}}")
    }

    @Test func fileAndDirectoryPathsMixAndRepeatsAreReadOnce() throws {
        let dir = try directory(["one.yaml": "version: 1\n", "two.yaml": "meters: {}\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bag = DiagnosticBag()
        let sources = ConfigSources.load(
            paths: [dir + "/two.yaml", dir + "/", dir + "/./one.yaml"], diagnostics: &bag)
        #expect(bag.diagnostics.isEmpty)
        #expect(sources.inputs.map(\.path) == [dir + "/two.yaml", dir + "/one.yaml"])
    }

    @Test func missingPathAndEmptyDirectoryAreClearErrors() throws {
        let dir = try directory(["readme.md": "# nothing"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bag = DiagnosticBag()
        let sources = ConfigSources.load(paths: ["no/such/tariff.yaml", dir], diagnostics: &bag)
        #expect(sources.root == nil)
        #expect(
            bag.diagnostics.map(YAMLTestSupport.describe) == [
                "- config.missing-path: no such file or directory: 'no/such/tariff.yaml'",
                "- config.no-yaml-files: directory '\(dir)' contains no *.yaml or *.yml files",
            ])
    }
}
