import TariffDiagnostics

extension YAMLNode {
    /// What kind of node this is, in words for messages ("a mapping", "the string \"no\"").
    var kindDescription: String {
        switch kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let text, let style):
            if style == .plain, YAMLNode.nullSpellings.contains(text) {
                "nothing (null)"
            } else {
                "'\(text.quotedForMessage)'"
            }
        }
    }

    /// Spellings YAML would read as null; the schema never takes them as values.
    static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// The scalar's text and style, or `nil` for a collection.
    var scalar: (text: String, style: ScalarStyle)? {
        if case .scalar(let text, let style) = kind { return (text, style) }
        return nil
    }

    /// Whether the node is an unquoted scalar.
    var isPlainScalar: Bool { scalar?.style == .plain }
}

extension String {
    /// The string shortened for quoting inside a one-line message.
    var quotedForMessage: String {
        let oneLine = replacingOccurrences(of: "\n", with: "\\n")
        return oneLine.count > 60 ? String(oneLine.prefix(57)) + "..." : oneLine
    }
}
