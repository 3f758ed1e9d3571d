package import TariffDiagnostics

/// One configuration file as read from disk: its path as the user named it, and its exact bytes.
package struct ConfigSourceFile: Sendable, Hashable {
    package var path: String
    /// The file's content, unchanged (a config digest is computed over these).
    package var bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The configuration's input: every file loaded and their top-level mappings merged into one.
///
/// A config may be one file or a directory of `*.yaml` files; either way later stages see one
/// root mapping. Mappings merge recursively, so `products:` may be split across files; a key
/// defined in two files whose values are not both mappings is an error naming both places.
///
/// Codes: `config.duplicate-definition` (note at the first file), `config.root-not-mapping`,
/// and, from `load(paths:)`, `config.missing-path`, `config.no-yaml-files`,
/// `config.unreadable-file` (these three have no location). Loader codes are `yaml.*`.
package struct ConfigSources: Sendable {
    /// The merged root mapping, or `nil` when no file produced a usable mapping.
    package var root: YAMLNode?
    /// Every file's text, for the diagnostic printers.
    package var files: SourceFiles
    /// Every file's path and bytes, in the order they were loaded.
    package var inputs: [ConfigSourceFile]

    package init(root: YAMLNode?, files: SourceFiles, inputs: [ConfigSourceFile]) {
        self.root = root
        self.files = files
        self.inputs = inputs
    }

    /// Parses each file and merges their roots, in order; the pure core of `load(paths:)`.
    package static func merge(
        _ inputs: [ConfigSourceFile], loader: YAMLLoader = YAMLLoader(),
        diagnostics: inout DiagnosticBag
    ) -> ConfigSources {
        var files = SourceFiles()
        var merged: YAMLNode?
        for input in inputs {
            files.add(path: input.path, text: YAMLLoader.displayText(of: input.bytes))
            guard let root = loader.load(bytes: input.bytes, path: input.path, diagnostics: &diagnostics)
            else { continue }
            guard case .mapping = root.kind else {
                diagnostics.error(
                    "config.root-not-mapping",
                    "the top level of this file is \(root.kind.article); expected a mapping "
                        + "of keys such as `version: 1`",
                    at: root.range)
                continue
            }
            if let base = merged {
                merged = ConfigMerge.merge(base, root, keyPath: [], diagnostics: &diagnostics)
            } else {
                merged = root
            }
        }
        return ConfigSources(root: merged, files: files, inputs: inputs)
    }
}

extension YAMLNode.Kind {
    /// "a sequence", "a mapping", "a string": how a message names what the user wrote.
    var article: String {
        switch self {
        case .scalar: "a single value"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}
