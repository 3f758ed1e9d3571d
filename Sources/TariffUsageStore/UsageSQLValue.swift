/// A value bound to, or read from, a compiled usage query.
package enum UsageSQLValue: Sendable, Hashable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null
}
