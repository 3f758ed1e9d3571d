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
