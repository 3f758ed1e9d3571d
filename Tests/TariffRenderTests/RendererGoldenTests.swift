import Foundation
import Testing
import TariffEngine
import TariffRender

/// Every renderer over every scenario, against the golden files.
struct RendererGoldenTests {
    static let scenarios = PlanFixtures.all.map(\.name)

    static func plan(_ name: String) throws -> Plan {
        try #require(PlanFixtures.all.first { $0.name == name }?.plan)
    }

    @Test(arguments: scenarios)
    func text(scenario: String) throws {
        try Golden.check(TextPlanRenderer().render(try Self.plan(scenario)), named: "\(scenario).txt")
    }

    @Test(arguments: scenarios)
    func markdown(scenario: String) throws {
        try Golden.check(MarkdownPlanRenderer().render(try Self.plan(scenario)), named: "\(scenario).md")
    }

    @Test(arguments: scenarios)
    func json(scenario: String) throws {
        let data = try PlanDocumentV1(try Self.plan(scenario)).jsonData()
        try Golden.check(String(decoding: data, as: UTF8.self), named: "\(scenario).json")
    }

    @Test func colouredText() throws {
        try Golden.check(
            TextPlanRenderer(options: .init(color: true)).render(PlanFixtures.updateAndReplace),
            named: "update-replace.color.txt")
    }

    @Test func markdownTruncatedAtASmallLimit() throws {
        let markdown = MarkdownPlanRenderer(options: .init(maxCharacters: 3_000)).render(
            PlanFixtures.updateAndReplace)
        #expect(markdown.utf8.count <= 3_000)
        try Golden.check(markdown, named: "update-replace.truncated.md")
    }
}
