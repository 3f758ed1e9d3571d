package import TariffDiagnostics

/// One node of a loaded YAML document, with the source range it was written at.
///
/// The loader does no implicit typing: every scalar is kept as the text the user wrote, and the
/// schema checker decides what it means (`no` stays the string "no" until a boolean is expected).
/// Aliases are expanded by the loader (within a budget), so consumers never see them.
package struct YAMLNode: Sendable, Hashable {
    /// How a scalar was written; the checker uses it to tell `"1"` (a string) from `1`.
    package enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// A key–value pair of a mapping; the key is a node so that it keeps its own range.
    package struct Pair: Sendable, Hashable {
        package var key: YAMLNode
        package var value: YAMLNode

        package init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    package indirect enum Kind: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        /// Pairs in document order; duplicate keys were already rejected by the loader.
        case mapping([Pair])
    }

    package var kind: Kind
    /// Where the node was written: for a mapping or sequence, from its first to its last character.
    package var range: SourceRange
    /// An explicit tag such as `!!str`, if the user wrote one.
    package var tag: String?

    package init(kind: Kind, range: SourceRange, tag: String? = nil) {
        self.kind = kind
        self.range = range
        self.tag = tag
    }
}
