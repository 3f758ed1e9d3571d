import Foundation

/// The revenue report as aligned text (terminals), a markdown table (pull requests, wikis), a
/// versioned JSON document (`kind: revenue`, `format_version: "2"`) or CSV with a header row.
/// Each format has the companies' amounts, then their usage so far per meter, and names the
/// usage source.
package enum RevenueFormat: String, Sendable, CaseIterable {
    case text, markdown, json, csv

    /// What the report does not show yet (printed in every format, so no reader assumes it).
    package static let notShown: [String] = []

    /// The report in this format, ending with a newline.
    package func render(_ report: RevenueReport) throws -> String {
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(RevenueDocument(report)), as: UTF8.self) + "\n"
        case .text: return Self.text(report) + Self.usageText(report)
        case .markdown: return Self.markdown(report) + Self.usageMarkdown(report)
        case .csv: return Self.csv(report) + Self.usageCSV(report)
        }
    }

    /// One row of the table: a company's (or a total's) amounts in one currency.
    struct Row {
        var kind: String
        var company: String
        var customers: [String]
        var subscriptions: [String]
        var currency: String
        var amounts: RevenueAmounts
    }

    /// Companies (one row per currency, one row without amounts for a company with none),
    /// customers without a company, then totals.
    static func rows(_ report: RevenueReport) -> [Row] {
        var rows: [Row] = []
        func group(_ revenue: CompanyRevenue, kind: String) {
            let name = revenue.company ?? "(no company)"
            let currencies = revenue.amounts.keys.sorted()
            for currency in currencies.isEmpty ? [""] : currencies {
                rows.append(
                    Row(
                        kind: kind, company: name, customers: revenue.customers,
                        subscriptions: revenue.subscriptions, currency: currency,
                        amounts: revenue.amounts[currency] ?? RevenueAmounts()))
            }
        }
        report.companies.forEach { group($0, kind: "company") }
        if !report.withoutCompany.customers.isEmpty { group(report.withoutCompany, kind: "without_company") }
        for currency in report.totals.keys.sorted() {
            rows.append(
                Row(
                    kind: "total", company: "(total)", customers: [], subscriptions: [], currency: currency,
                    amounts: report.totals[currency] ?? RevenueAmounts()))
        }
        return rows
    }

    private static func heading(_ report: RevenueReport) -> String {
        "Revenue for \(report.period.name) (UTC): MRR of live subscriptions on the config's prices now; "
            + "usage so far in each subscription's current billing period, charged under its price "
            + "(before credits; read from \(report.usageSource.label)); billing credits available now; "
            + "invoiced and paid by invoices created in the month."
    }

    private static func cells(_ row: Row) -> [String] {
        [
            row.company, row.customers.joined(separator: ", "),
            row.kind == "total" ? "" : String(row.subscriptions.count),
            Money.format(minor: row.amounts.mrr, currency: row.currency),
            Money.format(minor: Decimal(row.amounts.usage), currency: row.currency),
            Money.format(minor: Decimal(row.amounts.credits), currency: row.currency),
            Money.format(minor: Decimal(row.amounts.invoiced), currency: row.currency),
            Money.format(minor: Decimal(row.amounts.paid), currency: row.currency),
        ]
    }

    private static func text(_ report: RevenueReport) -> String {
        let header = ["COMPANY", "CUSTOMERS", "SUBSCRIPTIONS", "MRR", "USAGE", "CREDITS", "INVOICED", "PAID"]
        let lines = aligned([header] + rows(report).map(cells), rightFrom: 2)
        return ([heading(report), ""] + lines).joined(separator: "\n") + "\n"
    }

    /// `table`'s rows with columns padded to one width, right-aligned from column `rightFrom`.
    static func aligned(_ table: [[String]], rightFrom: Int) -> [String] {
        let widths = (table.first ?? []).indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { cells in
            cells.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - cells[column].count)
                return column >= rightFrom ? pad + cells[column] : cells[column] + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }

    private static func markdown(_ report: RevenueReport) -> String {
        var lines = [
            "### Revenue \(report.period.name)", "", heading(report), "",
            "| company | customers | subscriptions | MRR | usage | credits | invoiced | paid |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in rows(report) {
            var cells = cells(row)
            cells[1] = row.customers.map { "`\($0)`" }.joined(separator: ", ")
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csv(_ report: RevenueReport) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for row in rows(report) {
            let fields = [
                row.kind, row.company, row.currency, row.customers.joined(separator: " "),
                row.subscriptions.joined(separator: " "),
                Money.plain(minor: row.amounts.mrr, currency: row.currency),
                Money.plain(minor: Decimal(row.amounts.usage), currency: row.currency),
                Money.plain(minor: Decimal(row.amounts.credits), currency: row.currency),
                Money.plain(minor: Decimal(row.amounts.invoiced), currency: row.currency),
                Money.plain(minor: Decimal(row.amounts.paid), currency: row.currency),
                "", "", "", "", "",
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
