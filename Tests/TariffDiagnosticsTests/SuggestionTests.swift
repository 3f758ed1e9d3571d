import Testing
@testable import TariffDiagnostics

/// "Did you mean" on the kinds of typos users make in keys and enum values.
@Suite struct SuggestionTests {
    static let intervals = ["day", "week", "month", "year"]
    static let priceKeys = [
        "nickname", "currency", "interval", "interval_count", "meter", "unit_amount", "tiers",
        "tax_behavior", "lookup_key", "metadata", "active", "protected", "on_change",
    ]

    @Test(arguments: [
        ("mnth", SuggestionTests.intervals, "month"),  // deletion
        ("mnoth", SuggestionTests.intervals, "month"),  // swapped neighbours
        ("Month", SuggestionTests.intervals, "month"),  // case only
        ("yeer", SuggestionTests.intervals, "year"),  // substitution
        ("weeks", SuggestionTests.intervals, "week"),  // insertion
        ("interval_cont", SuggestionTests.priceKeys, "interval_count"),
        ("nick_name", SuggestionTests.priceKeys, "nickname"),
        ("lookupkey", SuggestionTests.priceKeys, "lookup_key"),
        ("curency", SuggestionTests.priceKeys, "currency"),
        ("metdata", SuggestionTests.priceKeys, "metadata"),
    ])
    func suggestsTheClosestCandidate(input: String, candidates: [String], expected: String) {
        #expect(Suggestion.closest(to: input, among: candidates) == expected)
    }

    @Test(arguments: [
        ("fortnight", SuggestionTests.intervals),  // nothing close
        ("month", SuggestionTests.intervals),  // exact: nothing to suggest
        ("x", SuggestionTests.intervals),
        ("", SuggestionTests.intervals),
        ("anything", [String]()),
        ("price", SuggestionTests.priceKeys),
    ])
    func staysQuietWhenNothingIsClose(input: String, candidates: [String]) {
        #expect(Suggestion.closest(to: input, among: candidates) == nil)
    }

    @Test func tiesGoToTheFirstCandidate() {
        #expect(Suggestion.closest(to: "cat", among: ["bat", "cut"]) == "bat")
        #expect(Suggestion.closest(to: "cat", among: ["cut", "bat"]) == "cut")
    }

    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3),
        ("ab", "ba", 1), ("month", "mnoth", 1), ("abcd", "acbd", 1), ("ca", "abc", 3),
    ])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) == expected)
    }
}
