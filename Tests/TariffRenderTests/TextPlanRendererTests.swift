import Foundation
import Testing
import TariffEngine
import TariffRender

/// Properties of the text plan beyond the goldens.
struct TextPlanRendererTests {
    @Test func emptyPlanSaysSoFirst() {
        let text = TextPlanRenderer().render(PlanFixtures.empty)
        #expect(text.hasPrefix("No changes. Your Stripe account matches the configuration.\n"))
    }

    @Test func summaryLineComesFirst() {
        let text = TextPlanRenderer().render(PlanFixtures.updateAndReplace)
        #expect(
            text.hasPrefix(
                "Plan: 0 to create, 1 to update, 3 to replace, 0 to archive, 47 subscriptions to migrate.\n"))
    }

    @Test func forcesReplacementSitsBesideTheResponsibleFieldOnly() {
        let text = TextPlanRenderer().render(PlanFixtures.updateAndReplace)
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.contains("~ unit_amount") && $0.hasSuffix("# forces replacement") })
        #expect(lines.contains { $0.contains("~ nickname") && !$0.contains("forces replacement") })
    }

    @Test func diagnosticsCanBeLeftToTheCLI() {
        let with = TextPlanRenderer().render(PlanFixtures.auditWarnings)
        let without = TextPlanRenderer(options: .init(includeDiagnostics: false)).render(
            PlanFixtures.auditWarnings)
        #expect(with.contains("Problems:\n  tariff.yaml:43:7: error: price 'platform_fee' is protected"))
        #expect(!without.contains("Problems:"))
        #expect(without.contains("This plan has 1 error and cannot be applied; see the diagnostics."))
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TextPlanRenderer().render(PlanFixtures.updateAndReplace)
        let coloured = TextPlanRenderer(options: .init(color: true)).render(PlanFixtures.updateAndReplace)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[35m-/+\u{1B}[0m"))
        #expect(
            coloured.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression)
                == plain)
    }

    @Test func controlCharactersInLabelsAreEscaped() {
        var plan = PlanFixtures.adopt
        plan.actions[0].label = "Line one\nLine \"two\""
        let text = TextPlanRenderer().render(plan)
        #expect(text.contains(#"product "Line one\nLine \"two\"" (search_api)"#))
    }

    @Test(arguments: PlanFormat.allCases)
    func everyFormatRendersThroughPlanFormat(format: PlanFormat) throws {
        let output = try format.render(PlanFixtures.creates)
        #expect(output.hasSuffix("\n"))
        #expect(output.contains("products.search_api.prices.search_usage"))
    }
}
