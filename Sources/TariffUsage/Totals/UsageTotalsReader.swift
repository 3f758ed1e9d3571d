import Foundation
package import TariffDiagnostics

/// Reads totals a warehouse computed from the printed SQL (`--totals FILE`): NDJSON (one object
/// per line) or CSV with a header, each row `meter, company, window_start, value`.
///
/// The format is told by the first non-blank character: `{` is NDJSON, anything else CSV.
/// Numbers may come as JSON numbers or as digit strings (BigQuery exports INT64 as strings), and
/// `window_start` as epoch seconds. A bad row is reported at `file:line:col` and left out; the
/// other rows are still read.
package enum UsageTotalsReader {
    /// The columns every row must have.
    package static let columns = ["meter", "company", "window_start", "value"]

    /// Parses `text`, the contents of the file at `path` (used in diagnostics).
    package static func read(_ text: String, path: String) -> (
        totals: [UsageTotal], diagnostics: DiagnosticBag
    ) {
        var reader = Reader(path: path)
        // "\r\n" is one Character: normalize line ends before splitting.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        let firstLine = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) }
        guard let firstLine else {
            reader.bag.error(
                "totals.empty",
                "\(path) holds no totals; expected NDJSON or CSV rows of "
                    + columns.joined(separator: ", "),
                at: reader.range(line: 1, column: 1))
            return ([], reader.bag)
        }
        if lines[firstLine].trimmingCharacters(in: .whitespaces).hasPrefix("{") {
            for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
                reader.readJSONLine(String(line), line: index + 1)
            }
        } else {
            reader.readCSV(lines.map(String.init), headerIndex: firstLine)
        }
        return (reader.totals, reader.bag)
    }
}

/// The state of one read: rows so far and problems found.
private struct Reader {
    let path: String
    var totals: [UsageTotal] = []
    var bag = DiagnosticBag()

    init(path: String) { self.path = path }

    func range(line: Int, column: Int, length: Int = 1) -> SourceRange {
        SourceRange(
            start: SourceLocation(file: path, line: line, column: column),
            end: SourceLocation(file: path, line: line, column: column + max(length, 1)))
    }

    mutating func readJSONLine(_ text: String, line: Int) {
        guard let object = try? JSONDecoder().decode([String: JSONCell].self, from: Data(text.utf8)) else {
            bag.error(
                "totals.invalid-row",
                "line \(line) is not a JSON object; expected "
                    + #"{"meter": …, "company": …, "window_start": …, "value": …}"#,
                at: range(line: line, column: 1, length: text.count))
            return
        }
        let cells = object.compactMapValues(\.text)
        add(cells, line: line, column: 1, length: text.count)
    }

    mutating func readCSV(_ lines: [String], headerIndex: Int) {
        let header = CSVRow.split(lines[headerIndex]).map { $0.trimmingCharacters(in: .whitespaces) }
        let missing = UsageTotalsReader.columns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            bag.error(
                "totals.missing-column",
                "the CSV header lacks \(missing.listed); expected the columns "
                    + UsageTotalsReader.columns.joined(separator: ", "),
                at: range(line: headerIndex + 1, column: 1, length: lines[headerIndex].count))
            return
        }
        for index in (headerIndex + 1)..<lines.count where !lines[index].allSatisfy(\.isWhitespace) {
            let fields = CSVRow.split(lines[index])
            var cells: [String: String] = [:]
            for (position, name) in header.enumerated() where position < fields.count {
                cells[name] = fields[position]
            }
            add(cells, line: index + 1, column: 1, length: lines[index].count)
        }
    }

    /// Types one row's cells and keeps it, or reports what is wrong with it.
    mutating func add(_ cells: [String: String], line: Int, column: Int, length: Int) {
        let at = range(line: line, column: column, length: length)
        guard let meter = cells["meter"], !meter.isEmpty, let company = cells["company"], !company.isEmpty
        else {
            bag.error(
                "totals.invalid-row", "line \(line) lacks a meter or a company", at: at)
            return
        }
        guard let windowStart = cells["window_start"].flatMap(Self.integer) else {
            bag.error(
                "totals.invalid-row",
                "line \(line) has window_start '\(cells["window_start"] ?? "")'; expected epoch seconds",
                at: at)
            return
        }
        guard let value = cells["value"].flatMap(Self.integer) else {
            bag.error(
                "totals.invalid-row",
                "line \(line) has value '\(cells["value"] ?? "")'; expected a whole number", at: at)
            return
        }
        totals.append(UsageTotal(meter: meter, company: company, windowStart: windowStart, value: value))
    }

    /// A whole number written as digits, or with a zero fraction (`12.0`, as some engines print).
    static func integer(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int64(trimmed) { return value }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].allSatisfy({ $0 == "0" }), !parts[1].isEmpty else { return nil }
        return Int64(parts[0])
    }
}

/// A JSON value of a totals line: strings and numbers keep their text; anything else has none.
private struct JSONCell: Decodable {
    let text: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else if let integer = try? container.decode(Int64.self) {
            text = String(integer)
        } else if let bool = try? container.decode(Bool.self) {
            _ = bool
            text = nil
        } else if let number = try? container.decode(Double.self) {
            text = number == number.rounded() && abs(number) < 9e15 ? String(Int64(number)) : String(number)
        } else {
            text = nil
        }
    }
}

/// RFC 4180 fields of one line: commas separate, double quotes enclose, `""` escapes a quote.
package enum CSVRow {
    package static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            if next == "," {
                                fields.append(field)
                                field = ""
                            } else {
                                field.append(next)
                            }
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}

extension Array where Element == String {
    /// `'a', 'b' and 'c'`.
    fileprivate var listed: String {
        let quoted = map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " and " + last
    }
}
