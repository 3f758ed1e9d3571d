/// The outcome of one `tariff usage ingest` run: counts per file and per bad-input reason, with
/// samples at `file:line`.
package struct IngestSummary: Sendable, Equatable {
    /// At most this many samples are kept per reason.
    package static let samplesPerReason = 5

    /// Lines read that held an event or a bad line (blank lines are counted apart).
    package var linesRead: Int64 = 0
    /// Events new to the store.
    package var eventsAdded: Int64 = 0
    /// Events already in the store (the same id, or the same line for events without an id).
    package var duplicates: Int64 = 0
    package var blankLines: Int64 = 0
    package var files: [IngestFileSummary] = []
    /// Files inside the given directories that are not event files, left out.
    package var ignoredFiles: [String] = []
    /// Bad input by reason: how many and a few samples.
    package var reasons: [BadEventReason: ReasonTally] = [:]

    package init() {}

    /// How many lines (or files) were bad, whether or not the event was kept.
    package var badCount: Int64 { reasons.values.reduce(0) { $0 + $1.count } }

    /// Counts one bad line (or file) under `reason`.
    /// The location and detail are built only for the samples kept.
    mutating func record(
        _ reason: BadEventReason, at location: @autoclosure () -> String, detail: @autoclosure () -> String
    ) {
        var tally = reasons[reason] ?? ReasonTally()
        tally.count += 1
        if tally.samples.count < Self.samplesPerReason { tally.samples.append("\(location()): \(detail())") }
        reasons[reason] = tally
    }
}

/// The count and samples of one bad-input reason.
package struct ReasonTally: Sendable, Equatable {
    package var count: Int64 = 0
    /// `file:line: detail`, in the order found.
    package var samples: [String] = []
}

/// What happened to one input file.
package struct IngestFileSummary: Sendable, Equatable {
    package enum Status: String, Sendable {
        /// Read from the start.
        case read
        /// Read from where the last ingest stopped (new lines appended since).
        case resumed
        /// Nothing new since the last ingest.
        case unchanged
        /// Could not be read (see the `unreadable_file` or `corrupt_gzip` reason).
        case failed
    }

    package var path: String
    package var status: Status
    package var compressed: Bool
    /// Lines read this run (not counting lines skipped because an earlier run read them).
    package var lines: Int64 = 0
    package var added: Int64 = 0
    package var duplicates: Int64 = 0
    package var bad: Int64 = 0
}
