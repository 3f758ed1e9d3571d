import Foundation
package import TariffEngine

/// The last stage of `tariff plan`: a ``Plan`` as text, markdown or JSON.
///
/// Every renderer is a pure function of the plan (and its options): no I/O, no clock, no
/// environment, so the CLI decides where output goes and whether it is coloured, and golden tests
/// pin every format.
package enum PlanFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, json

    /// Renders `plan` in this format.
    ///
    /// - Parameters:
    ///   - color: ANSI colours in the text format (ignored by the others).
    ///   - includeDiagnostics: whether the text format repeats the plan's diagnostics in a
    ///     "Problems" section; the CLI turns it off because it prints them on stderr already.
    /// - Throws: only if JSON encoding fails, which the plan's values cannot cause in practice.
    package func render(_ plan: Plan, color: Bool = false, includeDiagnostics: Bool = true) throws -> String {
        switch self {
        case .text:
            return TextPlanRenderer(options: .init(color: color, includeDiagnostics: includeDiagnostics))
                .render(plan)
        case .markdown:
            return MarkdownPlanRenderer().render(plan)
        case .json:
            return String(decoding: try PlanDocumentV1(plan).jsonData(), as: UTF8.self)
        }
    }
}
