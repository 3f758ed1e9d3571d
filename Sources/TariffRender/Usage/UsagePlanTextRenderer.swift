package import TariffUsage

/// `tariff usage plan` as text: the summary, what will be sent per meter and company, then each
/// kind of usage that cannot be billed (and what waits to settle), with amounts. Human text is not
/// API; scripts read the JSON document.
package struct UsagePlanTextRenderer: Sendable {
    package var color: Bool

    package init(color: Bool = false) {
        self.color = color
    }

    /// The plan as text, ending in a newline.
    package func render(_ plan: UsagePlan) -> String {
        let style = ANSIStyle(enabled: color)
        var lines = [style.bold(UsageText.summary(plan))]
        if let context = UsageText.context(plan) { lines.append(context) }
        let sends = UsagePlanRow.sends(plan)
        if !sends.isEmpty {
            lines += ["", style.bold("To send:")]
            lines += table(sends, meters: plan, sign: style.symbol(.create), showReported: true)
        }
        for reason in HoldReason.allCases {
            let rows = UsagePlanRow.held(plan, reason)
            guard !rows.isEmpty else { continue }
            let title = reason == .unsettled ? UsageText.title(reason) : style.yellow(UsageText.title(reason))
            lines += ["", title + ":"]
            lines += table(rows, meters: plan, sign: reason == .unsettled ? "…" : "!", showReported: false)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows grouped under their meter, columns aligned.
    private func table(_ rows: [UsagePlanRow], meters plan: UsagePlan, sign: String, showReported: Bool)
        -> [String]
    {
        var lines: [String] = []
        let who = rows.map { row in row.customer.map { "\(row.company) → \($0)" } ?? row.company }
        let whoWidth = who.map(\.count).max() ?? 0
        let amounts = rows.map { UsageText.amount($0.amount) }
        let amountWidth = amounts.map(\.count).max() ?? 0
        let counts = rows.map { UsageText.windows($0.windows) }
        let countWidth = counts.map(\.count).max() ?? 0
        var meter: String?
        for (index, row) in rows.enumerated() {
            if row.meterKey != meter {
                meter = row.meterKey
                let event = plan.context?.meters.first { $0.key == row.meterKey }
                let detail =
                    event.map {
                        " (\($0.eventName), \($0.mode == .absolute ? "window totals" : "differences"))"
                    } ?? ""
                lines.append("  \(row.meterKey)\(detail)")
            }
            var line =
                "    \(sign) \(pad(who[index], whoWidth))  \(pad(counts[index], countWidth))  "
                + "\(String(repeating: " ", count: amountWidth - amounts[index].count))\(amounts[index])"
            if showReported, row.reported != 0 { line += " (Stripe holds \(UsageText.amount(row.reported)))" }
            line += "  \(UsageText.span(row))"
            lines.append(line)
        }
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
