import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// `examples/invalid/*.yaml` print exactly their `.expected` text (diagnostics without colour,
/// then the summary line). Re-record with `TARIFF_RECORD_GOLDENS=1 swift test`, then review the
/// diff like any other change.
@Suite struct InvalidExampleGoldenTests {
    static let directory = ConfigTestSupport.repositoryRoot.appendingPathComponent("examples/invalid")

    static var examples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func thereAreInvalidExamples() {
        #expect(Self.examples.count >= 3)
    }

    @Test(arguments: examples)
    func diagnosticsMatchTheGolden(name: String) throws {
        let bytes = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        let path = "examples/invalid/\(name)"
        let loaded = ConfigLoader.load(inputs: [ConfigSourceFile(path: path, bytes: Array(bytes))])
        let diagnostics = loaded.diagnostics.sorted
        let output =
            DiagnosticPrinter(files: loaded.files, useColor: false).render(diagnostics)
            + DiagnosticSummary.line(for: diagnostics) + "\n"
        let golden = Self.directory.appendingPathComponent(
            name.replacingOccurrences(of: ".yaml", with: ".expected"))
        if ProcessInfo.processInfo.environment["TARIFF_RECORD_GOLDENS"] == "1" {
            try output.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(output == expected)
        #expect(loaded.config == nil)
    }
}
