import TariffUsage
import Foundation

/// The embedded usage store: one SQLite file (`usage.store`, `.tariff/usage.db` by default)
/// holding the ingested events, what was ingested from which file, and the ledger of what was
/// reported to Stripe.
///
/// Tables:
/// - `events(event_key, ts, company, body)`: the layout of ``EventStoreSchema`` (lane
///   usage-sql's compiled queries read it), plus an index on `ts` for lookback queries.
/// - `ingest_sources`: per input file, how far it was read (``IngestSource``).
/// - `ledger`: per meter, customer and window, the value last sent (``LedgerEntry``).
///
/// Settings, chosen for ingest speed with crash safety: `journal_mode=WAL` (readers never
/// block the writer), `synchronous=NORMAL` (in WAL mode a crash or power loss can lose only the
/// last transactions, never corrupt the file; ingest commits each batch together with the file
/// offset it reached, so a re-run re-reads exactly what was lost), a 64 MiB page cache and
/// in-memory temporary tables, 16 KiB pages. No memory mapping, so the process stays small.
///
/// Calls are synchronous and serialised by a lock; one store may be shared between tasks.
package final class UsageStore: @unchecked Sendable {
    /// The schema version in `PRAGMA user_version`.
    static let schemaVersion: Int64 = 1

    let database: SQLiteDatabase
    let lock = NSLock()
    /// The store's path, for messages.
    package let path: String

    private init(database: SQLiteDatabase, path: String) {
        self.database = database
        self.path = path
    }

    /// Opens the store at `path`, creating it (and its directory) when missing.
    package static func open(path: String) throws(UsageStoreError) -> UsageStore {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw UsageStoreError(
                    "cannot create the usage store's directory \(directory): \(error.localizedDescription)")
            }
        }
        let database = try SQLiteDatabase(path: path)
        // The page size applies when the file is created (before WAL is on): 16 KiB pages make
        // bulk inserts about a fifth cheaper than the default 4 KiB.
        try database.execute(
            """
            PRAGMA page_size = 16384;
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA cache_size = -65536;
            PRAGMA temp_store = MEMORY;
            PRAGMA foreign_keys = OFF;
            """)
        let store = UsageStore(database: database, path: path)
        try store.migrate()
        return store
    }

    /// Creates the tables of ``schemaVersion`` when missing; refuses a newer store.
    private func migrate() throws(UsageStoreError) {
        let version = try database.prepare("PRAGMA user_version")
        try version.step()
        let current = version.int64(0)
        if current > Self.schemaVersion {
            throw UsageStoreError(
                "the usage store \(path) has schema version \(current), newer than this tariff knows "
                    + "(\(Self.schemaVersion)); upgrade tariff or use another store")
        }
        try database.transaction { () throws(UsageStoreError) in
            try database.execute(EventStoreSchema.createSQL)
            try database.execute(
                """
                CREATE INDEX IF NOT EXISTS events_ts ON events (ts);
                CREATE TABLE IF NOT EXISTS ingest_sources (
                  path TEXT PRIMARY KEY,
                  compressed INTEGER NOT NULL,
                  size INTEGER NOT NULL,
                  head_hash TEXT NOT NULL,
                  tail_hash TEXT NOT NULL,
                  byte_offset INTEGER NOT NULL,
                  line INTEGER NOT NULL,
                  complete INTEGER NOT NULL,
                  ingested_at INTEGER NOT NULL
                );
                CREATE TABLE IF NOT EXISTS ledger (
                  meter TEXT NOT NULL,
                  customer TEXT NOT NULL,
                  window_start INTEGER NOT NULL,
                  value TEXT NOT NULL,
                  identifier TEXT NOT NULL,
                  request_id TEXT,
                  sent_at INTEGER NOT NULL,
                  PRIMARY KEY (meter, customer, window_start)
                );
                PRAGMA user_version = \(Self.schemaVersion);
                """)
        }
    }

    /// Closes the store; further calls fail.
    package func close() {
        lock.lock()
        defer { lock.unlock() }
        database.close()
    }

    /// Runs `body` with the database, holding the lock.
    func withDatabase<T>(_ body: (SQLiteDatabase) throws(UsageStoreError) -> T) throws(UsageStoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(database)
    }

    /// The number of stored events.
    package func eventCount() throws(UsageStoreError) -> Int64 {
        try withDatabase { database throws(UsageStoreError) in
            let statement = try database.prepare("SELECT count(*) FROM events")
            try statement.step()
            return statement.int64(0)
        }
    }
}
