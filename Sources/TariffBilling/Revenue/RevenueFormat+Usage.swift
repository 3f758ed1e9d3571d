import Foundation

/// The usage part of every revenue format: one line per company, meter and subscription item,
/// with the item's current billing period, the quantity so far and its charge.
extension RevenueFormat {
    /// The CSV columns: a company's or total's amounts, then a usage line's own fields.
    static let csvHeader = [
        "kind", "company", "currency", "customers", "subscriptions", "mrr", "usage", "credits", "invoiced",
        "paid", "meter", "price", "quantity", "period_start", "period_end",
    ]

    /// Each company's usage lines (customers without a company last), with the row's name.
    static func usageLines(_ report: RevenueReport) -> [(company: String, line: RevenueUsageCharge)] {
        (report.companies + [report.withoutCompany]).flatMap { group in
            group.usage.map { (group.company ?? "(no company)", $0) }
        }
    }

    /// `2026-11-01T00:00:00Z`.
    static func time(_ seconds: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// A usage line's cells: company, customer, meter, price, period, quantity, charge.
    private static func usageCells(_ company: String, _ line: RevenueUsageCharge) -> [String] {
        let usage = line.usage
        return [
            company, usage.customer, usage.meterKey, usage.priceKey,
            "\(time(usage.periodStart)) – \(time(usage.periodEnd))", String(usage.quantity),
            line.charge.map { Money.format(minor: Decimal($0), currency: usage.currency) }
                ?? "not offered in \(usage.currency.uppercased())",
        ]
    }

    private static func usageHeading(_ report: RevenueReport) -> String {
        "Usage so far in the current billing periods, from \(report.usageSource.label):"
    }

    static func usageText(_ report: RevenueReport) -> String {
        let lines = usageLines(report)
        guard !lines.isEmpty else { return "\n" + usageHeading(report) + " none.\n" }
        let header = ["COMPANY", "CUSTOMER", "METER", "PRICE", "PERIOD", "QUANTITY", "CHARGE"]
        let table = aligned([header] + lines.map { usageCells($0.company, $0.line) }, rightFrom: 5)
        return (["", usageHeading(report), ""] + table).joined(separator: "\n") + "\n"
    }

    static func usageMarkdown(_ report: RevenueReport) -> String {
        let lines = usageLines(report)
        guard !lines.isEmpty else { return "\n" + usageHeading(report) + " none.\n" }
        var result = [
            "", usageHeading(report), "",
            "| company | customer | meter | price | period | quantity | charge |",
            "| --- | --- | --- | --- | --- | ---: | ---: |",
        ]
        for (company, line) in lines {
            var cells = usageCells(company, line)
            cells[1] = "`\(cells[1])`"
            result.append("| " + cells.joined(separator: " | ") + " |")
        }
        return result.joined(separator: "\n") + "\n"
    }

    /// One `usage` row per line, then a `usage_source` row naming where usage was read
    /// (`store`, `postgres`, `event_summaries` or `none`) in its `company` column.
    static func usageCSV(_ report: RevenueReport) -> String {
        var rows: [String] = []
        for (company, line) in usageLines(report) {
            let usage = line.usage
            let fields = [
                "usage", company, usage.currency, usage.customer, usage.subscription, "",
                line.charge.map { Money.plain(minor: Decimal($0), currency: usage.currency) } ?? "", "", "",
                "",
                usage.meterKey, usage.priceKey, String(usage.quantity), time(usage.periodStart),
                time(usage.periodEnd),
            ]
            rows.append(fields.map(quoted).joined(separator: ","))
        }
        let source =
            ["usage_source", report.usageSource.rawValue] + Array(repeating: "", count: csvHeader.count - 2)
        rows.append(source.joined(separator: ","))
        return rows.joined(separator: "\n") + "\n"
    }
}
