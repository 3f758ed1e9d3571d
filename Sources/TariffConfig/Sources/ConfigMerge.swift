import TariffDiagnostics

/// Merges the root mappings of several files into one.
enum ConfigMerge {
    /// `base` with the pairs of `incoming` added: new keys are appended, keys whose values are
    /// mappings on both sides merge recursively, and any other repeated key is reported
    /// (`config.duplicate-definition`) and the first definition kept.
    /// - Parameter keyPath: the keys leading to these mappings, to name the key in messages.
    static func merge(
        _ base: YAMLNode, _ incoming: YAMLNode, keyPath: [String], diagnostics: inout DiagnosticBag
    ) -> YAMLNode {
        guard case .mapping(var pairs) = base.kind, case .mapping(let newPairs) = incoming.kind else {
            return base
        }
        var index: [String: Int] = [:]
        for (offset, pair) in pairs.enumerated() {
            if case .scalar(let key, _) = pair.key.kind { index[key] = offset }
        }
        for pair in newPairs {
            guard case .scalar(let key, _) = pair.key.kind else { continue }
            guard let existing = index[key] else {
                index[key] = pairs.count
                pairs.append(pair)
                continue
            }
            let first = pairs[existing]
            if case .mapping = first.value.kind, case .mapping = pair.value.kind {
                pairs[existing].value = merge(
                    first.value, pair.value, keyPath: keyPath + [key], diagnostics: &diagnostics)
                continue
            }
            let name = (keyPath + [key]).joined(separator: ".")
            diagnostics.error(
                "config.duplicate-definition",
                "'\(name)' is defined both here and in '\(first.key.range.file)'; "
                    + "define it in one file only",
                at: pair.key.range,
                notes: [DiagnosticNote("'\(name)' is first defined here", at: first.key.range)])
        }
        var merged = base
        merged.kind = .mapping(pairs)
        return merged
    }
}
