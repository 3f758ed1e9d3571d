import Foundation
package import TariffDiagnostics

/// Reads billing periods given as CSV with the header `company,start,end` (epoch seconds), for
/// `tariff usage sql --periods FILE` when a warehouse's periods are known.
package enum BillingPeriodsReader {
    /// Parses `text`, the contents of `path`; bad rows are reported at `file:line` and left out.
    package static func read(_ text: String, path: String) -> (
        periods: BillingPeriods, diagnostics: DiagnosticBag
    ) {
        var bag = DiagnosticBag()
        var periods: [BillingPeriod] = []
        // "\r\n" is one Character: normalize line ends before splitting.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        func at(_ line: Int) -> SourceRange {
            SourceRange(
                start: SourceLocation(file: path, line: line, column: 1),
                end: SourceLocation(file: path, line: line, column: max(lines[line - 1].count, 1) + 1))
        }
        guard let headerIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return (BillingPeriods(), bag)
        }
        let header = CSVRow.split(lines[headerIndex]).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let company = header.firstIndex(of: "company"), let start = header.firstIndex(of: "start"),
            let end = header.firstIndex(of: "end")
        else {
            bag.error(
                "periods.missing-column", "the periods header must name the columns company, start and end",
                at: at(headerIndex + 1))
            return (BillingPeriods(), bag)
        }
        for index in (headerIndex + 1)..<lines.count where !lines[index].allSatisfy(\.isWhitespace) {
            let cells = CSVRow.split(lines[index])
            guard cells.count > max(company, start, end), let from = Int64(cells[start]),
                let to = Int64(cells[end]), from < to
            else {
                bag.error(
                    "periods.invalid-row",
                    "line \(index + 1) is not 'company,start,end' with epoch seconds and start before end",
                    at: at(index + 1))
                continue
            }
            periods.append(BillingPeriod(company: cells[company], start: from, end: to))
        }
        return (BillingPeriods(periods), bag)
    }
}
