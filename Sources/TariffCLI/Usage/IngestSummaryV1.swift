import Foundation
import TariffUsageStore

/// The ingest summary as one JSON document (`--format json`, version 1), for scripts and tests.
struct IngestSummaryV1: Encodable {
    /// One input file.
    struct File: Encodable {
        var path: String
        var status: String
        var compressed: Bool
        var lines: Int64
        var added: Int64
        var duplicates: Int64
        var bad: Int64
    }

    /// One bad-input reason.
    struct Reason: Encodable {
        var count: Int64
        /// Whether the event was stored anyway.
        var kept: Bool
        var samples: [String]
    }

    var version = 1
    var store: String
    var linesRead: Int64
    var eventsAdded: Int64
    var duplicates: Int64
    var blankLines: Int64
    var bad: Int64
    var files: [File]
    var ignoredFiles: [String]
    var reasons: [String: Reason]

    enum CodingKeys: String, CodingKey {
        case version, store, duplicates, bad, files, reasons
        case linesRead = "lines_read"
        case eventsAdded = "events_added"
        case blankLines = "blank_lines"
        case ignoredFiles = "ignored_files"
    }

    init(_ summary: IngestSummary, store: String) {
        self.store = store
        linesRead = summary.linesRead
        eventsAdded = summary.eventsAdded
        duplicates = summary.duplicates
        blankLines = summary.blankLines
        bad = summary.badCount
        files = summary.files.map {
            File(
                path: $0.path, status: $0.status.rawValue, compressed: $0.compressed, lines: $0.lines,
                added: $0.added, duplicates: $0.duplicates, bad: $0.bad)
        }
        ignoredFiles = summary.ignoredFiles
        reasons = Dictionary(
            summary.reasons.map { reason, tally in
                (reason.rawValue, Reason(count: tally.count, kept: reason.isKept, samples: tally.samples))
            },
            uniquingKeysWith: { first, _ in first })
    }

    /// The document on one line.
    static func render(_ summary: IngestSummary, store: String) throws -> String {
        try JSONLine.encode(IngestSummaryV1(summary, store: store))
    }
}

/// One JSON value on one line (keys sorted, `/` unescaped), followed by a newline: the ingest
/// summary and the NDJSON rows of `usage totals`.
enum JSONLine {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
