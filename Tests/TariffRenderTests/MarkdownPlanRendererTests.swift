import Foundation
import Testing
import TariffDiagnostics
import TariffEngine
import TariffRender

/// The markdown comment's limits and escaping, beyond what the goldens show.
struct MarkdownPlanRendererTests {
    @Test func hugePlanStaysUnderTheLimitAndSaysHowManyActionsWereLeftOut() throws {
        let plan = PlanFixtures.huge(prices: 3_000)
        let markdown = MarkdownPlanRenderer().render(plan)
        #expect(markdown.utf8.count <= 65_000)
        let shown = markdown.components(separatedBy: "<details><summary>").count - 1
        #expect(shown > 50)
        #expect(shown < 3_000)
        #expect(markdown.contains("\(3_000 - shown) of 3000 actions left out"))
        #expect(markdown.hasPrefix("### Tariff plan\n\n**Plan: 3000 to create,"))
    }

    @Test func smallPlanIsNotTruncated() {
        let markdown = MarkdownPlanRenderer().render(PlanFixtures.creates)
        #expect(!markdown.contains("left out"))
        #expect(!markdown.contains("[!WARNING]"))
    }

    @Test(arguments: [
        ("archive-prune", true), ("update-replace", true), ("meter-cascade", true), ("creates", false),
        ("adopt", false), ("empty", false),
    ])
    func bannerOnlyWhenSomethingIsReplacedArchivedOrMigrated(scenario: String, banner: Bool) throws {
        let markdown = MarkdownPlanRenderer().render(try RendererGoldenTests.plan(scenario))
        #expect(markdown.contains("> [!WARNING]") == banner)
    }

    @Test func userTextCannotBreakTheLayout() {
        var plan = PlanFixtures.adopt
        plan.actions[0].label = "</summary></details><script>x</script> | *bold*"
        let markdown = MarkdownPlanRenderer().render(plan)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;/summary&gt;&lt;/details&gt;&lt;script&gt;"))
        #expect(markdown.components(separatedBy: "</details>").count - 1 == plan.actions.count)
    }
}
