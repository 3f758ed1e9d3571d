import TariffDiagnostics

extension YAMLComposer {
    /// Adds a key–value pair after checking the key: a plain string, not `<<`, not seen before.
    /// A rejected pair is left out so that the rest of the document can still be checked.
    mutating func addPair(key: YAMLNode, value: YAMLNode, to index: Int) {
        guard case .scalar(let name, let style) = key.kind else {
            fail(
                "yaml.complex-key",
                "a mapping key must be a plain string, not a sequence or mapping",
                at: key.range, keepTree: true)
            return
        }
        if name == "<<" && style == .plain && key.tag == nil {
            fail(
                "yaml.merge-key",
                "merge keys ('<<') are not supported; write the keys out, or reuse a whole value "
                    + "with an alias ('key: *anchor')",
                at: key.range, keepTree: true)
            return
        }
        if let first = stack[index].keys[name] {
            fail(
                "yaml.duplicate-key",
                "duplicate key '\(name)'; each key may appear only once in a mapping",
                at: key.range, notes: [DiagnosticNote("'\(name)' is first defined here", at: first)],
                keepTree: true)
            return
        }
        stack[index].keys[name] = key.range
        stack[index].pairs.append(YAMLNode.Pair(key: key, value: value))
    }

    /// Copies an anchored node where an alias names it, within the expansion budget.
    mutating func alias(_ name: String, at range: SourceRange) -> Bool {
        guard let anchored = anchors[name] else {
            let recursive = stack.contains { $0.anchor == name }
            fail(
                "yaml.undefined-alias",
                recursive
                    ? "alias '*\(name)' refers to the node that contains it; an alias cannot "
                        + "repeat its own ancestor"
                    : "alias '*\(name)' refers to no anchor; define '&\(name)' before using it",
                at: range)
            // A stand-in keeps the mapping's keys and values paired; the tree is not returned.
            attach(YAMLNode(kind: .scalar("", .plain), range: range), count: 1, writtenAt: range)
            return true
        }
        let budget = max(limits.aliasNodeBudget, limits.aliasBudgetPerNode * ownNodes)
        guard expandedNodes + anchored.count <= budget else {
            fail(
                "yaml.alias-bomb",
                "expanding alias '*\(name)' (\(anchored.count) nodes) would take the document past "
                    + "\(budget) nodes produced by aliases; this looks like a 'billion laughs' "
                    + "document, so loading stops here",
                at: range)
            return false
        }
        expandedNodes += anchored.count
        // The copy's own range is the alias, so that a value used in the wrong place (or a key
        // repeated through an alias) is reported where it is used; the nodes inside keep the
        // anchor's ranges, because that is where their text is written.
        var copy = anchored.node
        copy.range = range
        attach(copy, count: anchored.count, writtenAt: range)
        return true
    }

    /// Reports libyaml's own error at its mark, with advice on what to change.
    mutating func reportSyntaxError(_ error: LibYAMLError) {
        let start: SourceLocation
        switch error.location {
        case .mark(let location): start = location
        case .byteOffset(let offset):
            start = InputCheck.location(ofByte: offset, in: bytes, path: path)
        }
        var lines = SourceFiles()
        lines.add(path: path, text: String(decoding: bytes, as: UTF8.self))
        let advice = YAMLSyntaxAdvice.advice(
            problem: error.problem, context: error.context, line: lines.line(start.line, of: path),
            column: start.column)
        var notes: [DiagnosticNote] = []
        if let context = error.context, let began = error.contextLocation, began != start {
            let end = SourceLocation(file: path, line: began.line, column: began.column + 1)
            notes.append(
                DiagnosticNote(
                    "this happened \(context) that starts here",
                    at: SourceRange(start: began, end: end)))
        }
        let context = error.context.map { " \($0)" } ?? ""
        let end = SourceLocation(file: path, line: start.line, column: start.column + 1)
        fail(
            "yaml.syntax", "invalid YAML: \(error.problem)\(context). \(advice)",
            at: SourceRange(start: start, end: end), notes: notes)
    }

    /// The file had no document, or only an empty one.
    mutating func emptyFile() {
        let start = SourceLocation(file: path, line: 1, column: 1)
        fail(
            "yaml.empty", "the file is empty; expected a mapping with `version: 1`",
            at: SourceRange(start: start, end: start))
    }

    /// An implicit empty document (`---` alone) counts as empty; `""` or `!!str` do not.
    func isEmptyDocument(_ node: YAMLNode?) -> Bool {
        guard let node, case .scalar("", .plain) = node.kind else { return false }
        return node.tag == nil
    }
}
