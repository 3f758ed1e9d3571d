import Foundation
package import TariffDiagnostics

extension ConfigSources {
    /// Reads the given paths and merges them: the thin I/O wrapper around `merge(_:)`.
    ///
    /// A path is a file, or a directory whose `*.yaml` and `*.yml` files (not hidden, not in
    /// subdirectories) are read in sorted name order. A missing path, an unreadable file or a
    /// directory without YAML files is an error with no location. A file named twice is read once.
    package static func load(
        paths: [String], loader: YAMLLoader = YAMLLoader(), diagnostics: inout DiagnosticBag
    ) -> ConfigSources {
        var inputs: [ConfigSourceFile] = []
        var seen: Set<String> = []
        for path in paths {
            // The same file named twice (`a.yaml ./a.yaml`, or a file and its directory) is
            // read once; otherwise every key in it would be reported as defined twice.
            for file in yamlFiles(at: path, diagnostics: &diagnostics)
            where seen.insert(identity(of: file)).inserted {
                guard let data = FileManager.default.contents(atPath: file) else {
                    diagnostics.error(
                        "config.unreadable-file", "cannot read '\(file)'; check its permissions",
                        at: nil)
                    continue
                }
                inputs.append(ConfigSourceFile(path: file, bytes: Array(data)))
            }
        }
        return merge(inputs, loader: loader, diagnostics: &diagnostics)
    }

    /// The files a path stands for: itself, or a directory's YAML files in sorted order.
    static func yamlFiles(at path: String, diagnostics: inout DiagnosticBag) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            diagnostics.error(
                "config.missing-path", "no such file or directory: '\(path)'", at: nil)
            return []
        }
        guard isDirectory.boolValue else { return [path] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            diagnostics.error(
                "config.unreadable-file", "cannot list directory '\(path)'; check its permissions",
                at: nil)
            return []
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let files = names.filter { name in
            guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
                return false
            }
            var nestedDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: prefix + name, isDirectory: &nestedDirectory)
            return exists && !nestedDirectory.boolValue
        }
        .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        .map { prefix + $0 }
        if files.isEmpty {
            diagnostics.error(
                "config.no-yaml-files",
                "directory '\(path)' contains no *.yaml or *.yml files", at: nil)
        }
        return files
    }

    /// A path with `.`, `..` and symbolic links resolved, to recognise one file named two ways.
    static func identity(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
