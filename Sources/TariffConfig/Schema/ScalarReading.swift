import Foundation
import TariffDiagnostics

/// Reads scalars as the schema expects them (DESIGN.md §2): no YAML 1.1 implicit typing, so
/// `no` is only a boolean where a boolean is expected and is then rejected in favour of `false`,
/// and integers are plain decimal digits (`1_0`, `0x10` and `1e3` are errors).
extension SchemaReader {
    /// A string; any scalar style works, but a plain null spelling is an error.
    mutating func string(_ node: YAMLNode, _ what: String) -> Located<String>? {
        guard let (text, style) = node.scalar else {
            wrongKind(node, expected: "a string", what)
            return nil
        }
        if style == .plain, YAMLNode.nullSpellings.contains(text) {
            bag.error(
                "schema.type-mismatch", "expected a string for \(what), found nothing (null)",
                at: node.range)
            return nil
        }
        return Located(text, at: node.range)
    }

    /// A plain decimal integer in `Int` range.
    mutating func integer(_ node: YAMLNode, _ what: String) -> Located<Int>? {
        guard let (text, style) = node.scalar else {
            wrongKind(node, expected: "an integer", what)
            return nil
        }
        if style == .plain, let value = Self.plainInteger(text) {
            return Located(value, at: node.range)
        }
        let digits = text.filter { $0 != "_" }
        let fixIt = Int(digits).map(String.init)
        let reason =
            style == .plain
            ? "write an integer with plain digits only" : "write the number without quotes"
        bag.error(
            "schema.invalid-integer",
            "expected an integer for \(what), found \(node.kindDescription); \(reason)",
            at: node.range, fixIt: fixIt)
        return nil
    }

    /// `true` or `false`, unquoted; YAML 1.1 spellings (`yes`, `on`, `True`) are errors.
    mutating func bool(_ node: YAMLNode, _ what: String) -> Located<Bool>? {
        guard let (text, style) = node.scalar else {
            wrongKind(node, expected: "true or false", what)
            return nil
        }
        if style == .plain, text == "true" || text == "false" {
            return Located(text == "true", at: node.range)
        }
        let truthy: Set = ["yes", "y", "on", "true", "True", "TRUE", "Yes", "YES", "On", "ON"]
        let falsy: Set = ["no", "n", "off", "false", "False", "FALSE", "No", "NO", "Off", "OFF"]
        let fixIt = truthy.contains(text) ? "true" : falsy.contains(text) ? "false" : nil
        bag.error(
            "schema.invalid-boolean",
            "expected true or false for \(what), found \(node.kindDescription)",
            at: node.range, fixIt: fixIt)
        return nil
    }

    /// One of an enumeration's raw values, with "did you mean" for near misses.
    mutating func enumeration<E: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, _ type: E.Type, _ what: String
    ) -> Located<E>? where E.RawValue == String {
        let choices = E.allCases.map(\.rawValue)
        guard let text = string(node, what) else { return nil }
        if let value = E(rawValue: text.value) { return Located(value, at: node.range) }
        bag.error(
            "schema.invalid-value",
            "'\(text.value.quotedForMessage)' is not a valid \(what); expected \(choices.listedWithOr)",
            at: node.range, fixIt: Suggestion.closest(to: text.value, among: choices))
        return nil
    }

    /// Parses plain decimal digits with an optional minus sign, nothing else. Leading zeros are
    /// refused: YAML 1.1 tools read `010` as octal 8, and no one should have to wonder.
    static func plainInteger(_ text: String) -> Int? {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard body.count == 1 || body.first != "0" else { return nil }
        return Int(text)
    }
}

extension Array where Element == String {
    /// `a, b or c`, each quoted, for messages that list the accepted values.
    var listedWithOr: String {
        let quoted = map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
    }
}
