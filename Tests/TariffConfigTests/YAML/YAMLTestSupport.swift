import TariffConfig
import TariffDiagnostics

/// Loads inline YAML and describes the outcome compactly for exact assertions.
enum YAMLTestSupport {
    /// The loaded root and every diagnostic, from a string.
    static func load(
        _ text: String, path: String = "t.yaml", limits: YAMLLoader.Limits = YAMLLoader.Limits()
    ) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        load(bytes: Array(text.utf8), path: path, limits: limits)
    }

    /// The loaded root and every diagnostic, from raw bytes.
    static func load(
        bytes: [UInt8], path: String = "t.yaml", limits: YAMLLoader.Limits = YAMLLoader.Limits()
    ) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let root = YAMLLoader(limits: limits).load(bytes: bytes, path: path, diagnostics: &bag)
        return (root, bag.diagnostics)
    }

    /// `file:line:col: code: message`, then each note as `  note line:col: message`.
    static func describe(_ diagnostic: Diagnostic) -> String {
        var text = "\(location(diagnostic.range)) \(diagnostic.code): \(diagnostic.message)"
        for note in diagnostic.notes {
            text += "\n  note \(location(note.range)) \(note.message)"
        }
        return text
    }

    /// `line:col-endLine:endCol`, or `-` without a range.
    static func location(_ range: SourceRange?) -> String {
        guard let range else { return "-" }
        return "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    /// A node as compact text: scalars as their value, collections in brackets, with styles
    /// of quoted scalars marked, so a whole tree can be compared in one string.
    static func render(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        switch node.kind {
        case .scalar(let value, let style):
            switch style {
            case .plain: return value
            case .singleQuoted: return "'\(value)'"
            case .doubleQuoted: return "\"\(value)\""
            case .literal: return "|\(value)"
            case .folded: return ">\(value)"
            }
        case .sequence(let items):
            return "[" + items.map(render).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { "\(render($0.key)): \(render($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// The value at a chain of mapping keys.
    static func value(_ node: YAMLNode?, _ keys: String...) -> YAMLNode? {
        var current = node
        for key in keys {
            guard case .mapping(let pairs)? = current?.kind else { return nil }
            current =
                pairs.first { pair in
                    if case .scalar(key, _) = pair.key.kind { return true }
                    return false
                }?.value
        }
        return current
    }

    /// The key node for the last of a chain of keys (to check its range).
    static func key(_ node: YAMLNode?, _ keys: String...) -> YAMLNode? {
        var current = node
        var found: YAMLNode?
        for key in keys {
            guard case .mapping(let pairs)? = current?.kind else { return nil }
            let pair = pairs.first { pair in
                if case .scalar(key, _) = pair.key.kind { return true }
                return false
            }
            found = pair?.key
            current = pair?.value
        }
        return found
    }
}
