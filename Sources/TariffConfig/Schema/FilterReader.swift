import Foundation
import TariffDiagnostics
import TariffSupport

/// Reads a meter's `filter:` tree: `all` / `any` / `not` nodes over conditions
/// `{ field, eq | ne | in | not_in | exists | range | prefix | glob }`.
extension SchemaReader {
    /// How deep a filter may nest; deeper trees are almost certainly mistakes.
    static let maximumFilterDepth = 16

    /// One filter node.
    mutating func readFilter(_ node: YAMLNode, _ meter: String, depth: Int) -> Located<MeterFilter>? {
        let what = "a filter of \(meter)"
        guard depth < Self.maximumFilterDepth else {
            bag.error(
                "meter.filter-too-deep",
                "the filter of \(meter) nests deeper than \(Self.maximumFilterDepth) levels",
                at: node.range)
            return nil
        }
        guard let fields = fields(node, .filter, what) else { return nil }
        defer { finish(fields) }
        let combinators = ["all", "any", "not"].filter { fields.has($0) }
        let tests = SchemaObject.filterTests.filter { fields.has($0) }
        let used = combinators + tests + (fields.has("field") ? ["field"] : [])
        if combinators.count == 1, used.count == 1, let name = combinators.first,
            let child = fields.take(name)
        {
            return readCombinator(name, child, node, meter, depth: depth)
        }
        if combinators.isEmpty, tests.count == 1, let test = tests.first {
            guard let field = required("field", in: fields).flatMap({ string($0, "'field' of \(what)") }),
                let testNode = fields.take(test), let keyNode = fields.keyNode(test),
                let value = readFilterTest(test, testNode, what)
            else { return nil }
            let testRange = SourceRange(start: keyNode.range.start, end: testNode.range.end)
            return Located(
                .condition(FilterCondition(field: field, test: Located(value, at: testRange))),
                at: node.range)
        }
        for name in used { _ = fields.take(name) }
        bag.error(
            "meter.invalid-filter",
            "\(what) must be exactly one of 'all', 'any', 'not', or one condition "
                + "'{ field: …, <test>: … }' with one test of \(SchemaObject.filterTests.listedWithOr); "
                + (used.isEmpty ? "found none" : "found \(used.map { "'\($0)'" }.joined(separator: ", "))"),
            at: node.range)
        return nil
    }

    /// `all: [...]`, `any: [...]` or `not: {...}`.
    private mutating func readCombinator(
        _ name: String, _ child: YAMLNode, _ node: YAMLNode, _ meter: String, depth: Int
    ) -> Located<MeterFilter>? {
        if name == "not" {
            return readFilter(child, meter, depth: depth + 1).map { Located(.not($0), at: node.range) }
        }
        guard let items = items(child, "'\(name)' of a filter of \(meter)") else { return nil }
        if items.isEmpty {
            bag.error(
                "meter.invalid-filter", "'\(name)' of a filter needs at least one condition", at: child.range)
            return nil
        }
        let children = items.compactMap { readFilter($0, meter, depth: depth + 1) }
        guard children.count == items.count else { return nil }
        return Located(name == "all" ? .all(children) : .any(children), at: node.range)
    }

    /// The value of one test.
    private mutating func readFilterTest(_ test: String, _ node: YAMLNode, _ what: String) -> FilterTest? {
        let label = "'\(test)' of \(what)"
        switch test {
        case "eq": return filterValue(node, label).map(FilterTest.eq)
        case "ne": return filterValue(node, label).map(FilterTest.ne)
        case "in", "not_in":
            guard let items = items(node, label) else { return nil }
            let values = items.compactMap { filterValue($0, "a value of \(label)") }
            guard values.count == items.count else { return nil }
            return test == "in" ? .in(values) : .notIn(values)
        case "exists": return bool(node, label).map { .exists($0.value) }
        case "prefix": return string(node, label).map { .prefix($0.value) }
        case "glob": return string(node, label).map { .glob($0.value) }
        default: return readFilterRange(node, label).map(FilterTest.range)
        }
    }

    /// `range: { gt, gte, lt, lte }` with at least one bound.
    private mutating func readFilterRange(_ node: YAMLNode, _ what: String) -> FilterRange? {
        guard let fields = fields(node, .filterRange, what) else { return nil }
        defer { finish(fields) }
        var range = FilterRange()
        range.gt = fields.take("gt").flatMap { decimal($0, "'gt' of \(what)") }?.value
        range.gte = fields.take("gte").flatMap { decimal($0, "'gte' of \(what)") }?.value
        range.lt = fields.take("lt").flatMap { decimal($0, "'lt' of \(what)") }?.value
        range.lte = fields.take("lte").flatMap { decimal($0, "'lte' of \(what)") }?.value
        if [range.gt, range.gte, range.lt, range.lte].allSatisfy({ $0 == nil }) {
            bag.error(
                "meter.invalid-filter", "\(what) needs at least one of 'gt', 'gte', 'lt', 'lte'",
                at: node.range)
            return nil
        }
        return range
    }

    /// A scalar to compare with: quoted → string; plain `true`/`false` → boolean; plain numeral →
    /// number; any other plain text → string.
    private mutating func filterValue(_ node: YAMLNode, _ what: String) -> FilterValue? {
        guard let (text, style) = node.scalar else {
            wrongKind(node, expected: "a scalar value", what)
            return nil
        }
        guard style == .plain else { return .string(text) }
        if YAMLNode.nullSpellings.contains(text) {
            bag.error(
                "schema.type-mismatch", "expected a value for \(what), found nothing (null)", at: node.range)
            return nil
        }
        if text == "true" || text == "false" { return .bool(text == "true") }
        if Self.numeral(text) != nil, let number = MinorUnits(text: text) {
            return .number(number.value)
        }
        return .string(text)
    }
}
