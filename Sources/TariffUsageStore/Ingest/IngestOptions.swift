/// How `tariff usage ingest` reads events.
package struct IngestOptions: Sendable {
    package var mapping: EventFieldMapping
    /// The ingest's start, epoch microseconds: events more than 5 minutes after it are refused.
    package var nowMicroseconds: Int64
    /// Longer lines are skipped (and reported) without being held in memory: 1 MiB by default.
    package var maxLineLength: Int
    /// Events per transaction: large batches amortise the commit; the file offset is saved in
    /// the same transaction, so a crash loses nothing and duplicates nothing.
    package var batchSize: Int

    package init(
        mapping: EventFieldMapping, nowMicroseconds: Int64, maxLineLength: Int = 1 << 20,
        batchSize: Int = 100_000
    ) {
        self.mapping = mapping
        self.nowMicroseconds = nowMicroseconds
        self.maxLineLength = maxLineLength
        self.batchSize = batchSize
    }
}

/// Where an ingest is, for a progress line on a terminal.
package struct IngestProgress: Sendable {
    package var path: String
    /// Lines read in this file so far.
    package var lines: Int64
    /// Events added in the whole run so far.
    package var added: Int64
    /// Bytes of the file read so far (uncompressed for gzip) and the file's size on disk.
    package var bytes: Int64
    package var fileSize: Int64
    package var compressed: Bool
}
