public import Foundation
public import TariffEngine

/// The last stage of `tariff plan`: a ``Plan`` as text, markdown or JSON.
///
/// Every renderer is a pure function of the plan (and its options): no I/O, no clock, no
/// environment, so the CLI decides where output goes and whether it is coloured, and golden tests
/// pin every format.
public enum PlanFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, json

    /// Renders `plan` in this format.
    ///
    /// - Parameter color: ANSI colours in the text format (ignored by the others).
    /// - Throws: only if JSON encoding fails, which the plan's values cannot cause in practice.
    public func render(_ plan: Plan, color: Bool = false) throws -> String {
        switch self {
        case .text:
            return TextPlanRenderer(options: .init(color: color)).render(plan)
        case .markdown:
            return MarkdownPlanRenderer().render(plan)
        case .json:
            return String(decoding: try PlanDocumentV1(plan).jsonData(), as: UTF8.self)
        }
    }
}
