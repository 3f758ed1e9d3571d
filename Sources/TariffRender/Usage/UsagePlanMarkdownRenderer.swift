package import TariffUsage

/// `tariff usage plan --format markdown`: the same content as the text plan, as tables for a
/// pull-request or issue comment.
package struct UsagePlanMarkdownRenderer: Sendable {
    package init() {}

    /// The plan as markdown, ending in a newline.
    package func render(_ plan: UsagePlan) -> String {
        var lines = ["### \(MarkdownEscape.text(UsageText.summary(plan)))"]
        if let context = UsageText.context(plan) { lines += ["", MarkdownEscape.text(context)] }
        let sends = UsagePlanRow.sends(plan)
        if !sends.isEmpty {
            lines += ["", "#### To send", ""]
            lines += table(sends, withReported: true)
        }
        for reason in HoldReason.allCases {
            let rows = UsagePlanRow.held(plan, reason)
            guard !rows.isEmpty else { continue }
            lines += ["", "#### \(MarkdownEscape.text(UsageText.title(reason)))", ""]
            lines += table(rows, withReported: false)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ rows: [UsagePlanRow], withReported: Bool) -> [String] {
        var lines = [
            "| Meter | Company | Customer | Windows | Usage |\(withReported ? " Stripe holds |" : "") From | To |",
            "|---|---|---|--:|--:|\(withReported ? "--:|" : "")---|---|",
        ]
        for row in rows {
            var cells = [
                MarkdownEscape.code(row.meterKey), MarkdownEscape.code(row.company),
                row.customer.map(MarkdownEscape.code) ?? "—", "\(row.windows)", UsageText.amount(row.amount),
            ]
            if withReported { cells.append(UsageText.amount(row.reported)) }
            cells += [UsageText.time(row.first.start), UsageText.time(row.last.end)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }
}
