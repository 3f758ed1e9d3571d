import Foundation
import TariffConfig
import TariffDiagnostics

/// Helpers shared by the config tests.
enum ConfigTestSupport {
    /// Loads and checks one in-memory file named `tariff.yaml`.
    static func load(_ yaml: String, path: String = "tariff.yaml") -> LoadedConfig {
        ConfigLoader.load(inputs: [ConfigSourceFile(path: path, bytes: Array(yaml.utf8))])
    }

    /// The repository root, found from this file's path (tests read `examples/` and `schema/`).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `code@line:column` for each diagnostic, the form the tables compare.
    static func located(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            let place = diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
            return "\(diagnostic.code)@\(place)"
        }
    }
}

/// YAML text with one `↓` marking where a diagnostic is expected (the marker is removed, and
/// its position becomes the expected line and column), so a table row shows the spot it means.
struct MarkedYAML {
    let text: String
    let line: Int
    let column: Int

    init(_ marked: String) {
        var line = 1
        var column = 1
        var found: (Int, Int)?
        for scalar in marked.unicodeScalars {
            if scalar == "↓" {
                found = (line, column)
                continue
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        text = marked.replacingOccurrences(of: "↓", with: "")
        (self.line, self.column) = found ?? (0, 0)
    }
}
