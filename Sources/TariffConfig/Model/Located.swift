package import TariffDiagnostics

/// A value of the typed config together with where the user wrote it (STYLE.md habit 2).
///
/// `range` is `nil` only when the value is a default that the config left out (a price's
/// `lookup_key` defaulting to its key, `active` defaulting to `true`); later stages then point at
/// the enclosing entry instead.
package struct Located<Value: Sendable>: Sendable {
    package var value: Value
    package var range: SourceRange?

    package init(_ value: Value, at range: SourceRange?) {
        self.value = value
        self.range = range
    }

    /// A value the config did not spell out.
    package static func defaulted(_ value: Value) -> Located<Value> {
        Located(value, at: nil)
    }

    /// Whether the user wrote the value rather than leaving it to its default.
    package var isExplicit: Bool { range != nil }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
