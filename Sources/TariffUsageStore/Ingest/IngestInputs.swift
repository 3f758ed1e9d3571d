import Foundation

/// The files named on the command line: files as given, directories walked recursively for
/// event files (`.ndjson`, `.jsonl`, `.json`, `.log`, each optionally `.gz`), hidden entries
/// skipped, in sorted order so that runs are reproducible.
enum IngestInputs {
    static let eventExtensions = ["ndjson", "jsonl", "json", "log"]

    /// The files to read, and the files inside directories that were left out.
    static func expand(_ paths: [String]) -> (files: [String], ignored: [String]) {
        var files: [String] = []
        var ignored: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            let enumerator = manager.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let full = (path as NSString).appendingPathComponent(relative)
                if name.hasPrefix(".") {
                    enumerator?.skipDescendants()
                    continue
                }
                var entryIsDirectory: ObjCBool = false
                guard manager.fileExists(atPath: full, isDirectory: &entryIsDirectory),
                    !entryIsDirectory.boolValue
                else { continue }
                if isEventFile(name) { found.append(full) } else { ignored.append(full) }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, ignored.sorted())
    }

    /// Whether a file name has an event file's extension.
    static func isEventFile(_ name: String) -> Bool {
        var base = name.lowercased()
        if base.hasSuffix(".gz") { base.removeLast(3) }
        return eventExtensions.contains { base.hasSuffix("." + $0) }
    }

    /// The absolute, symlink-free path that identifies a file across runs.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
