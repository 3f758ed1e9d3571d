package import Foundation
import TariffDiagnostics

/// `meters.*.filter`: which API events a meter counts, as an `all` / `any` / `not` tree of
/// conditions on event fields.
package indirect enum MeterFilter: Sendable, Hashable {
    case all([Located<MeterFilter>])
    case any([Located<MeterFilter>])
    case not(Located<MeterFilter>)
    case condition(FilterCondition)
}

/// One leaf of a filter: `{ field: request.route, in: ["/v1/search"] }`.
package struct FilterCondition: Sendable, Hashable {
    /// A dotted event path such as `response.status`.
    package var field: Located<String>
    package var test: Located<FilterTest>

    package init(field: Located<String>, test: Located<FilterTest>) {
        self.field = field
        self.test = test
    }
}

/// The comparison a condition makes; exactly one per condition.
package enum FilterTest: Sendable, Hashable {
    case eq(FilterValue)
    case ne(FilterValue)
    case `in`([FilterValue])
    case notIn([FilterValue])
    /// `exists: true` matches events that carry the field; `false`, those that don't.
    case exists(Bool)
    case range(FilterRange)
    case prefix(String)
    /// A shell-style pattern: `*` any run of characters, `?` one character.
    case glob(String)
}

/// A scalar a condition compares with. The schema types it from how it was written: quoted
/// scalars are strings, plain `true`/`false` booleans, plain decimal numbers numbers.
package enum FilterValue: Sendable, Hashable {
    case string(String)
    case number(Decimal)
    case bool(Bool)
}

/// `range: { gte: 200, lt: 300 }`; at least one bound is set.
package struct FilterRange: Sendable, Hashable {
    package var gt: Decimal?
    package var gte: Decimal?
    package var lt: Decimal?
    package var lte: Decimal?

    package init(gt: Decimal? = nil, gte: Decimal? = nil, lt: Decimal? = nil, lte: Decimal? = nil) {
        self.gt = gt
        self.gte = gte
        self.lt = lt
        self.lte = lte
    }
}
