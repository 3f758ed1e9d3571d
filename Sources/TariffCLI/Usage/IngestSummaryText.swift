import TariffUsageStore

/// The ingest summary for people: totals, one line per file, then bad input by reason with
/// its explanation and samples at `file:line`.
enum IngestSummaryText {
    static func render(_ summary: IngestSummary, store: String) -> String {
        var lines: [String] = []
        let kept = summary.reasons.filter { $0.key.isKept }.values.reduce(0) { $0 + $1.count }
        lines.append(
            "Ingested \(plural(summary.files.count, "file")) into \(store): "
                + "\(plural(summary.eventsAdded, "event")) added, \(plural(summary.duplicates, "duplicate")) "
                + "already stored, \(plural(summary.badCount, "bad line"))"
                + (kept > 0 ? " (\(kept) kept after a repair)" : "")
                + (summary.blankLines > 0 ? ", \(plural(summary.blankLines, "blank line"))" : "") + ".")
        for file in summary.files {
            var detail = "\(file.status.rawValue)"
            if file.status != .unchanged {
                detail += ", \(plural(file.lines, "line")), \(file.added) added"
                if file.duplicates > 0 { detail += ", \(file.duplicates) duplicate" }
                if file.bad > 0 { detail += ", \(file.bad) bad" }
            }
            lines.append("  \(file.path): \(detail)")
        }
        if !summary.ignoredFiles.isEmpty {
            lines.append(
                "  \(plural(summary.ignoredFiles.count, "file")) in the directories left out (not .ndjson, "
                    + ".jsonl, .json or .log): \(summary.ignoredFiles.prefix(3).joined(separator: ", "))"
                    + (summary.ignoredFiles.count > 3 ? ", …" : ""))
        }
        if !summary.reasons.isEmpty {
            lines.append("Bad input by reason:")
            for (reason, tally) in summary.reasons.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(reason.rawValue): \(tally.count) — \(reason.explanation)")
                for sample in tally.samples { lines.append("    \(sample)") }
                if tally.count > Int64(tally.samples.count) {
                    lines.append("    … and \(tally.count - Int64(tally.samples.count)) more")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func plural(_ count: some BinaryInteger, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// The ingest summary as one JSON document (`--format json`), for scripts and tests.
enum IngestSummaryJSON {
    static func render(_ summary: IngestSummary, store: String) -> String {
        var reasons: [String] = []
        for (reason, tally) in summary.reasons.sorted(by: { $0.key < $1.key }) {
            reasons.append(
                "\(quote(reason.rawValue)):{\"count\":\(tally.count),\"kept\":\(reason.isKept),"
                    + "\"samples\":[\(tally.samples.map(quote).joined(separator: ","))]}")
        }
        let files = summary.files.map { file in
            "{\"path\":\(quote(file.path)),\"status\":\(quote(file.status.rawValue)),\"compressed\":\(file.compressed),"
                + "\"lines\":\(file.lines),\"added\":\(file.added),\"duplicates\":\(file.duplicates),\"bad\":\(file.bad)}"
        }
        return "{\"version\":1,\"store\":\(quote(store)),\"lines_read\":\(summary.linesRead),"
            + "\"events_added\":\(summary.eventsAdded),\"duplicates\":\(summary.duplicates),"
            + "\"blank_lines\":\(summary.blankLines),\"bad\":\(summary.badCount),"
            + "\"files\":[\(files.joined(separator: ","))],"
            + "\"ignored_files\":[\(summary.ignoredFiles.map(quote).joined(separator: ","))],"
            + "\"reasons\":{\(reasons.joined(separator: ","))}}\n"
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let control where control.value < 0x20:
                output +=
                    "\\u" + String(repeating: "0", count: 4 - String(control.value, radix: 16).count)
                    + String(control.value, radix: 16)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
