package import TariffUsage
extension UsageStore {
    /// Runs a compiled SQLite usage query and returns its rows.
    ///
    /// The query's columns are, in order, `meter` (text), `company` (text), `window_start`
    /// (integer epoch seconds) and `value` (a whole number), as lane usage-sql's compiler prints
    /// them. A row of another shape is an error that names the column.
    package func totals(sql: String, bindings: [UsageSQLValue] = []) throws(UsageStoreError) -> [UsageTotal] {
        try withDatabase { database throws(UsageStoreError) in
            let statement = try database.prepare(sql)
            guard statement.columnCount == 4 else {
                throw UsageStoreError(
                    "a usage query must return 4 columns (meter, company, window_start, value), "
                        + "this one returns \(statement.columnCount)")
            }
            for (index, value) in bindings.enumerated() { statement.bind(value, at: Int32(index + 1)) }
            var rows: [UsageTotal] = []
            while try statement.step() {
                guard case .text(let meter) = statement.column(0),
                    case .text(let company) = statement.column(1),
                    case .integer(let windowStart) = statement.column(2)
                else {
                    throw UsageStoreError(
                        "a usage query row has a meter or company that is not text, or a window_start "
                            + "that is not an integer: \(statement.column(0)), \(statement.column(1)), "
                            + "\(statement.column(2))")
                }
                let value: Int64
                switch statement.column(3) {
                case .integer(let number): value = number
                case .real(let number) where number.rounded() == number && abs(number) < 9.2e18:
                    value = Int64(number)
                case let other:
                    throw UsageStoreError(
                        "a usage query returned \(other) as the value of \(meter), \(company), "
                            + "window \(windowStart); expected a whole number")
                }
                rows.append(
                    UsageTotal(meter: meter, company: company, windowStart: windowStart, value: value))
            }
            return rows
        }
    }
}
