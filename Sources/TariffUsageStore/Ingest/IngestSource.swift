/// What the store remembers of an input file, so that ingesting it again reads only what was
/// appended (plain files) or nothing at all (an unchanged gzip file).
///
/// A file is the same file when its path matches and the digests of its first 4 KiB and of
/// the 4 KiB before the recorded offset still match: an appended log resumes at the offset; a
/// rewritten or rotated file is read again from the start (its events de-duplicate by key).
struct IngestSource: Equatable {
    /// Bytes digested at the head and before the offset.
    static let fingerprintBytes: Int64 = 4096

    var path: String
    var compressed: Bool
    /// The file's size when last read (compressed size for gzip).
    var size: Int64
    /// Digest of the first `min(4 KiB, byteOffset)` bytes (gzip: of the compressed file).
    var headHash: String
    /// Digest of the 4 KiB before `byteOffset` (gzip: the last 4 KiB of the compressed file).
    var tailHash: String
    /// Plain: bytes consumed. Gzip: uncompressed bytes consumed.
    var byteOffset: Int64
    /// Lines consumed.
    var line: Int64
    /// Gzip: the whole stream was read.
    var complete: Bool
    var ingestedAt: Int64
}

extension UsageStore {
    /// The recorded state of `path`, if it was ingested before.
    func ingestSource(path: String, in database: SQLiteDatabase) throws(UsageStoreError) -> IngestSource? {
        let statement = try database.prepare(
            """
            SELECT compressed, size, head_hash, tail_hash, byte_offset, line, complete, ingested_at
            FROM ingest_sources WHERE path = ?
            """)
        statement.bind(path, at: 1)
        guard try statement.step() else { return nil }
        return IngestSource(
            path: path, compressed: statement.int64(0) != 0, size: statement.int64(1),
            headHash: statement.text(2) ?? "", tailHash: statement.text(3) ?? "",
            byteOffset: statement.int64(4),
            line: statement.int64(5), complete: statement.int64(6) != 0, ingestedAt: statement.int64(7))
    }

    /// Writes the state of a file (inside the caller's transaction).
    func saveIngestSource(_ source: IngestSource, with statement: SQLiteStatement) throws(UsageStoreError) {
        statement.bind(source.path, at: 1)
        statement.bind(Int64(source.compressed ? 1 : 0), at: 2)
        statement.bind(source.size, at: 3)
        statement.bind(source.headHash, at: 4)
        statement.bind(source.tailHash, at: 5)
        statement.bind(source.byteOffset, at: 6)
        statement.bind(source.line, at: 7)
        statement.bind(Int64(source.complete ? 1 : 0), at: 8)
        statement.bind(source.ingestedAt, at: 9)
        try statement.step()
        statement.reset()
    }

    /// The statement ``saveIngestSource(_:with:)`` runs.
    static let saveIngestSourceSQL = """
        INSERT INTO ingest_sources
          (path, compressed, size, head_hash, tail_hash, byte_offset, line, complete, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (path) DO UPDATE SET
          compressed = excluded.compressed, size = excluded.size, head_hash = excluded.head_hash,
          tail_hash = excluded.tail_hash, byte_offset = excluded.byte_offset, line = excluded.line,
          complete = excluded.complete, ingested_at = excluded.ingested_at
        """
}
