package import TariffDiagnostics

/// Loads one YAML file into a `YAMLNode` tree: the first stage of Tariff's pipeline.
///
/// The bytes are checked first (no NUL bytes, valid UTF-8), then parsed with libyaml's event
/// API. The loader does no implicit typing, rejects duplicate keys, more than one document and
/// merge keys, expands aliases within a budget and bounds nesting. Problems go into the caller's
/// `DiagnosticBag` with codes `yaml.*`; the loader never throws, crashes or hangs on bad input.
///
/// Codes (stable; tests and `--diagnostics-format json` users rely on them):
/// - `yaml.binary`: a NUL byte (a binary or UTF-16 file)
/// - `yaml.invalid-utf8`: a byte that is not valid UTF-8, at its line and column
/// - `yaml.syntax`: libyaml's own error, at its problem mark, with advice
/// - `yaml.empty`: no document, or an empty one
/// - `yaml.multiple-documents`: a second `---` document
/// - `yaml.duplicate-key`: a key repeated in one mapping (note at the first)
/// - `yaml.merge-key`: a `<<` merge key; `yaml.complex-key`: a sequence or mapping as a key
/// - `yaml.undefined-alias`: an alias to no anchor, or to its own ancestor
/// - `yaml.alias-bomb`: alias expansion over budget; `yaml.too-deep`: nesting over the limit
package struct YAMLLoader: Sendable {
    /// Bounds that keep hostile documents from using unbounded time or memory.
    package struct Limits: Sendable, Hashable {
        /// Nodes that alias expansion may produce in any document, however small.
        package var aliasNodeBudget: Int
        /// A large document may expand aliases to this many times its own node count instead.
        package var aliasBudgetPerNode: Int
        /// How deeply sequences and mappings may nest.
        package var maxDepth: Int

        package init(aliasNodeBudget: Int = 100_000, aliasBudgetPerNode: Int = 10, maxDepth: Int = 100) {
            self.aliasNodeBudget = aliasNodeBudget
            self.aliasBudgetPerNode = aliasBudgetPerNode
            self.maxDepth = maxDepth
        }
    }

    package var limits: Limits

    package init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses `bytes`, the content of the file at `path`.
    ///
    /// - Returns: the document's root node, or `nil` when the file is empty, not UTF-8 text, or so
    ///   broken that no trustworthy tree exists (syntax error, undefined alias, a limit reached).
    ///   Duplicate keys, merge keys and a second document are reported but the tree is still
    ///   returned (without the rejected pairs, and with the first document only), so that later
    ///   stages can report their problems in the same run.
    package func load(bytes: [UInt8], path: String, diagnostics: inout DiagnosticBag) -> YAMLNode? {
        let bytes = InputCheck.strippingByteOrderMark(bytes)
        if let problem = InputCheck.check(bytes, path: path) {
            diagnostics.emit(problem)
            return nil
        }
        var composer = YAMLComposer(path: path, limits: limits, bytes: bytes)
        composer.compose(LibYAMLParser(bytes: bytes, path: path))
        diagnostics.append(contentsOf: composer.diagnostics)
        return composer.failed ? nil : composer.root
    }

    /// Parses YAML given as a string (tests, and text that did not come from a file).
    package func load(text: String, path: String, diagnostics: inout DiagnosticBag) -> YAMLNode? {
        load(bytes: Array(text.utf8), path: path, diagnostics: &diagnostics)
    }

    /// The text of a file as the printers should show it: UTF-8 with a byte order mark removed
    /// and invalid bytes shown as U+FFFD, so its columns match the loader's.
    package static func displayText(of bytes: [UInt8]) -> String {
        String(decoding: InputCheck.strippingByteOrderMark(bytes), as: UTF8.self)
    }
}
