public import TariffDiagnostics

/// A value of the typed config together with where the user wrote it (STYLE.md habit 2).
///
/// `range` is `nil` only when the value is a default that the config left out (a price's
/// `lookup_key` defaulting to its key, `active` defaulting to `true`); later stages then point at
/// the enclosing entry instead.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var range: SourceRange?

    public init(_ value: Value, at range: SourceRange?) {
        self.value = value
        self.range = range
    }

    /// A value the config did not spell out.
    public static func defaulted(_ value: Value) -> Located<Value> {
        Located(value, at: nil)
    }

    /// Whether the user wrote the value rather than leaving it to its default.
    public var isExplicit: Bool { range != nil }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
