package import Foundation

/// A graduated or volume price's tiers as a small aligned table for the text and markdown plans:
///
/// ```
/// units            per unit  flat fee
/// 1 – 1,000        $0.00     –
/// 1,001 and above  $0.002    $10.00
/// ```
///
/// The flat-fee column appears only when some tier has a non-zero flat fee.
package struct TierTable: Sendable, Hashable {
    /// One tier as the table needs it; amounts in the currency's minor unit.
    package struct Row: Sendable, Hashable {
        /// The last unit of the tier, `nil` for the final `inf` tier.
        package var upTo: Int?
        package var unitAmount: Decimal?
        package var flatAmount: Decimal?

        package init(upTo: Int?, unitAmount: Decimal? = nil, flatAmount: Decimal? = nil) {
            self.upTo = upTo
            self.unitAmount = unitAmount
            self.flatAmount = flatAmount
        }
    }

    package var rows: [Row]
    package var currency: String

    package init(rows: [Row], currency: String) {
        self.rows = rows
        self.currency = currency
    }

    /// Whether any tier charges a flat fee; without one the column is left out.
    package var hasFlatFees: Bool {
        rows.contains { ($0.flatAmount ?? 0) != 0 }
    }

    /// The table's cells, header first: unit range, per-unit amount and, when any tier has one,
    /// the flat fee.
    package var cells: [[String]] {
        let flat = hasFlatFees
        var result = [flat ? ["units", "per unit", "flat fee"] : ["units", "per unit"]]
        var first = 1
        for row in rows {
            let range: String
            if let upTo = row.upTo {
                range = "\(Money.groupThousands(first)) – \(Money.groupThousands(upTo))"
                first = upTo + 1
            } else {
                range = "\(Money.groupThousands(first)) and above"
            }
            let row = [range, amount(row.unitAmount), amount(row.flatAmount)]
            result.append(flat ? row : Array(row.prefix(2)))
        }
        return result
    }

    /// Plain-text lines with columns padded to line up (two spaces between columns, no trailing
    /// blanks), for the text plan.
    package func lines() -> [String] {
        let cells = cells
        let columns = cells.first?.count ?? 0
        let widths = (0..<columns).map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padded(to: widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    private func amount(_ minor: Decimal?) -> String {
        minor.map { Money.format(amountMinor: $0, currency: currency) } ?? "–"
    }
}

extension String {
    /// The string with spaces after it up to `width` characters (as the reader counts them).
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string without the spaces at its end (padding of a last, empty column).
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
