import TariffDiagnostics

/// Rules for a meter's filter tree.
extension SemanticChecker {
    /// Every condition names a well-formed event field path, and `range` bounds are consistent.
    mutating func checkFilter(_ filter: Located<MeterFilter>, _ meter: String) {
        switch filter.value {
        case .all(let children), .any(let children):
            for child in children { checkFilter(child, meter) }
        case .not(let child):
            checkFilter(child, meter)
        case .condition(let condition):
            if !Self.isFieldPath(condition.field.value) {
                bag.error(
                    "meter.invalid-field",
                    "'\(condition.field.value.quotedForMessage)' in a filter of \(meter) is not an event "
                        + "field path; expected dotted names such as 'request.route'",
                    at: condition.field.range)
            }
            if case .range(let bounds) = condition.test.value, Self.isEmptyRange(bounds) {
                bag.error(
                    "meter.empty-filter-range",
                    "the range in a filter of \(meter) can match no value; its lower bound is above its upper bound",
                    at: condition.test.range)
            }
        }
    }

    /// Whether no number satisfies the bounds (`gte: 300, lt: 200`).
    static func isEmptyRange(_ range: FilterRange) -> Bool {
        let lower = range.gt ?? range.gte
        let upper = range.lt ?? range.lte
        guard let lower, let upper else { return false }
        if lower == upper { return range.gt != nil || range.lt != nil }
        return lower > upper
    }
}
