/// A YAML document to be written: the tree ``YAMLEmitter`` turns into text through libyaml's
/// emitter, so that quoting, escaping and indentation follow YAML's rules rather than ours.
package indirect enum YAMLOutput: Sendable, Hashable {
    /// A scalar in the given style.
    case scalar(String, Style)
    /// A sequence, written in block style or in flow style (`[a, b]`).
    case sequence([YAMLOutput], flow: Bool = false)
    /// A mapping in the order given, written in block style or in flow style (`{a: 1}`).
    case mapping([Pair], flow: Bool = false)

    /// How a scalar is spelled.
    package enum Style: Sendable, Hashable {
        /// As it is, where YAML allows (libyaml quotes it otherwise).
        case plain
        /// In double quotes, escapes included: free text that must stay a string.
        case doubleQuoted
    }

    /// One entry of a mapping.
    package struct Pair: Sendable, Hashable {
        package var key: YAMLOutput
        package var value: YAMLOutput

        package init(_ key: YAMLOutput, _ value: YAMLOutput) {
            self.key = key
            self.value = value
        }

        /// An entry under an identifier key (``YAMLOutput/identifier(_:)``).
        package init(_ key: String, _ value: YAMLOutput) {
            self.init(.identifier(key), value)
        }
    }

    /// Free text: always double-quoted, so that no name or description changes meaning.
    package static func text(_ value: String) -> YAMLOutput {
        .scalar(value, .doubleQuoted)
    }

    /// A key or other identifier: plain when it reads as a plain string to Tariff's loader
    /// (letters, digits, `_`, `-`, `.`; not starting with `-` or `.`; not a word YAML reads as
    /// a boolean, null or infinity; not a number), else double-quoted.
    package static func identifier(_ value: String) -> YAMLOutput {
        .scalar(value, isPlainIdentifier(value) ? .plain : .doubleQuoted)
    }

    /// A whole number, a boolean or a word of the language (`month`, `inf`): plain.
    package static func word(_ value: String) -> YAMLOutput {
        .scalar(value, .plain)
    }

    /// Whether `value` may be written as a plain identifier.
    package static func isPlainIdentifier(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first != "-", first != ".", value.count <= 200 else {
            return false
        }
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar)
                    || "_-.".unicodeScalars.contains(scalar))
        }
        let reserved = ["true", "false", "null", "inf", "yes", "no", "on", "off", "y", "n", "~"]
        let numeric = value.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "_") }
        return allowed && !reserved.contains(value.lowercased()) && !numeric
    }
}
