import TariffDiagnostics

/// Builds a `YAMLNode` tree from libyaml's events, enforcing the loader's rules as it goes:
/// unique mapping keys, defined aliases, a budget on alias expansion, a depth limit and a single
/// document.
///
/// Works with an explicit stack of open collections (no recursion), so hostile nesting cannot
/// overflow the call stack before the depth limit catches it.
struct YAMLComposer {
    /// A sequence or mapping whose end event has not arrived yet.
    struct Frame {
        var isMapping: Bool
        var flow: Bool
        var start: SourceRange
        var anchor: String?
        var tag: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        /// Where each key was first written, to name it when a duplicate appears.
        var keys: [String: SourceRange] = [:]
        /// Nodes in this collection including itself and expanded aliases (for the alias budget).
        var count = 1
        /// End of the last child as written (an alias's own position, not its anchor's).
        var lastEnd: SourceLocation?
    }

    /// An anchored node and its size, ready to be copied where an alias names it.
    struct Anchored {
        var node: YAMLNode
        var count: Int
    }

    let path: String
    let limits: YAMLLoader.Limits
    /// The document's bytes, used only to locate and explain a syntax error.
    let bytes: [UInt8]
    // Written only by this type and its `+Rules` extension.
    var diagnostics = DiagnosticBag()
    var root: YAMLNode?
    /// Set when the tree is not trustworthy (syntax error, undefined alias, limit exceeded).
    var failed = false
    var stack: [Frame] = []
    var anchors: [String: Anchored] = [:]
    /// Nodes written in the document itself, and nodes produced by expanding aliases.
    var ownNodes = 0
    var expandedNodes = 0
    var documents = 0

    init(path: String, limits: YAMLLoader.Limits, bytes: [UInt8]) {
        self.path = path
        self.limits = limits
        self.bytes = bytes
    }

    /// Pulls every event from `parser` and builds the tree; stops early on a fatal problem.
    mutating func compose(_ parser: LibYAMLParser) {
        while true {
            switch parser.next() {
            case .failure(let error):
                reportSyntaxError(error)
                return
            case .success(let event):
                guard handle(event) else { return }
            }
        }
    }

    /// Applies one event; returns `false` when composing must stop.
    private mutating func handle(_ event: YAMLEvent) -> Bool {
        switch event {
        case .streamStart, .documentEnd:
            return true
        case .streamEnd:
            if documents == 0 || isEmptyDocument(root) {
                emptyFile()
            }
            return false
        case .documentStart(let range, _):
            documents += 1
            guard documents == 1 else {
                fail(
                    "yaml.multiple-documents",
                    "a second YAML document starts here; Tariff reads one document per file, so "
                        + "remove this '---' or move what follows into its own file",
                    at: range, keepTree: true)
                return false
            }
            return true
        case .alias(let name, let range):
            return alias(name, at: range)
        case .scalar(let value, let style, let anchor, let tag, let range):
            ownNodes += 1
            let node = YAMLNode(kind: .scalar(value, style), range: range, tag: tag)
            if let anchor { anchors[anchor] = Anchored(node: node, count: 1) }
            attach(node, count: 1, writtenAt: range)
            return true
        case .sequenceStart(let anchor, let tag, let flow, let range):
            return open(isMapping: false, anchor: anchor, tag: tag, flow: flow, at: range)
        case .mappingStart(let anchor, let tag, let flow, let range):
            return open(isMapping: true, anchor: anchor, tag: tag, flow: flow, at: range)
        case .sequenceEnd(let range), .mappingEnd(let range):
            close(endEvent: range)
            return true
        }
    }

    /// Pushes a collection, unless that would nest deeper than the limit.
    private mutating func open(
        isMapping: Bool, anchor: String?, tag: String?, flow: Bool, at range: SourceRange
    ) -> Bool {
        guard stack.count < limits.maxDepth else {
            fail(
                "yaml.too-deep",
                "the document nests more than \(limits.maxDepth) levels deep here; "
                    + "a Tariff config never needs that many",
                at: range)
            return false
        }
        ownNodes += 1
        stack.append(Frame(isMapping: isMapping, flow: flow, start: range, anchor: anchor, tag: tag))
        return true
    }

    /// Pops the innermost collection and attaches it to its parent (or makes it the root).
    private mutating func close(endEvent: SourceRange) {
        guard let frame = stack.popLast() else { return }
        // A block collection "ends" where the next token starts, possibly lines later; its own
        // text ends with its last child. A flow collection ends with its bracket.
        let end = frame.flow ? endEvent.end : (frame.lastEnd ?? frame.start.end)
        let range = SourceRange(start: frame.start.start, end: end)
        let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        let node = YAMLNode(kind: kind, range: range, tag: frame.tag)
        if let anchor = frame.anchor { anchors[anchor] = Anchored(node: node, count: frame.count) }
        attach(node, count: frame.count, writtenAt: range)
    }

    /// Adds a finished node to the innermost open collection.
    mutating func attach(_ node: YAMLNode, count: Int, writtenAt range: SourceRange) {
        guard !stack.isEmpty else {
            if root == nil { root = node }
            return
        }
        let top = stack.count - 1
        stack[top].count += count
        stack[top].lastEnd = range.end
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        addPair(key: key, value: node, to: top)
    }

    /// Records an error; unless `keepTree`, the loader will return no tree.
    mutating func fail(
        _ code: String, _ message: String, at range: SourceRange, notes: [DiagnosticNote] = [],
        keepTree: Bool = false
    ) {
        diagnostics.error(code, message, at: range, notes: notes)
        if !keepTree { failed = true }
    }
}
