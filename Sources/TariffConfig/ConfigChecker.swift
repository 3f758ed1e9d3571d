package import TariffDiagnostics

/// The check stage: a merged YAML document in, a typed ``Config`` (or every problem) out.
///
/// It runs in two passes. The schema pass (`Schema/`) types every node as the language expects,
/// reporting unknown keys, wrong kinds, bad scalars and missing keys; the semantic pass (`Check/`)
/// then applies the cross-cutting rules of DESIGN.md §2 and Stripe's limits to whatever the
/// schema pass could read. Pure: no I/O, no network.
package enum ConfigChecker {
    /// Checks the root mapping of a (merged) config document.
    ///
    /// - Returns: the config when there are no errors (warnings allowed), and every diagnostic.
    package static func check(_ root: YAMLNode) -> (config: Config?, diagnostics: DiagnosticBag) {
        var reader = SchemaReader()
        guard let draft = reader.readConfig(root) else { return (nil, reader.bag) }
        var checker = SemanticChecker(draft: draft)
        let config = checker.check(draft.config)
        var diagnostics = reader.bag
        diagnostics.append(contentsOf: checker.bag)
        return (diagnostics.hasErrors ? nil : config, diagnostics)
    }
}
