import VaporCSQLite

/// One open SQLite database, through the C API of the SQLite that vapor/sqlite-nio bundles.
///
/// SQLiteNIO's own interface hops to a thread pool for every statement, which cannot carry the
/// hundreds of thousands of inserts a second that ingest needs; this thin wrapper keeps prepared
/// statements and runs them synchronously on the caller's thread. It is not shared between
/// threads: ``UsageStore`` serialises access to it.
final class SQLiteDatabase {
    /// The raw `sqlite3*`; `nil` once closed.
    private(set) var handle: OpaquePointer?
    /// The file the database was opened from, for messages.
    let path: String

    /// Opens (and creates, unless `readOnly`) the database file at `path`.
    init(path: String, readOnly: Bool = false) throws(UsageStoreError) {
        self.path = path
        var raw: OpaquePointer?
        let flags =
            readOnly
            ? SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite_nio_sqlite3_open_v2(path, &raw, flags, nil)
        guard code == SQLITE_OK, let raw else {
            let message = raw.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite_nio_sqlite3_close(raw)
            throw UsageStoreError(
                "cannot open the usage store \(path): \(message); check that its directory exists and is writable"
            )
        }
        handle = raw
        // Another process (a second ingest, a plan) may hold the write lock briefly: wait for it.
        sqlite_nio_sqlite3_busy_timeout(raw, 30_000)
    }

    deinit { close() }

    /// Closes the database; statements must be finalized first.
    func close() {
        if let handle { sqlite_nio_sqlite3_close_v2(handle) }
        handle = nil
    }

    /// The last error SQLite reported on this connection.
    var lastError: String {
        guard let handle else { return "the database is closed" }
        return String(cString: sqlite_nio_sqlite3_errmsg(handle))
    }

    /// Runs one or more SQL statements that return no rows.
    func execute(_ sql: String) throws(UsageStoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite_nio_sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastError
            sqlite_nio_sqlite3_free(message)
            throw UsageStoreError("SQLite error in \(path): \(text)")
        }
    }

    /// Compiles `sql` into a reusable statement.
    func prepare(_ sql: String) throws(UsageStoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite_nio_sqlite3_prepare_v3(
            handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw UsageStoreError("SQLite cannot prepare a statement for \(path): \(lastError)\n  \(sql)")
        }
        return SQLiteStatement(statement, database: self)
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite_nio_sqlite3_changes64(handle)) }

    /// Runs `body` in one transaction (`BEGIN IMMEDIATE`), committing when it returns and
    /// rolling back when it throws.
    func transaction<T>(_ body: () throws(UsageStoreError) -> T) throws(UsageStoreError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}
