import VaporCSQLite

/// SQLite's marker for "copy the bound bytes now" (`SQLITE_TRANSIENT`).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement: bind, step, read columns, reset; reused across rows.
final class SQLiteStatement {
    private var statement: OpaquePointer?
    private unowned let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite_nio_sqlite3_finalize(statement) }

    /// Binds a 64-bit integer to the 1-based parameter `index`.
    func bind(_ value: Int64, at index: Int32) {
        sqlite_nio_sqlite3_bind_int64(statement, index, value)
    }

    /// Binds a double to the 1-based parameter `index`.
    func bind(_ value: Double, at index: Int32) {
        sqlite_nio_sqlite3_bind_double(statement, index, value)
    }

    /// Binds text (copied) to the 1-based parameter `index`.
    func bind(_ value: String, at index: Int32) {
        var value = value
        value.withUTF8 { bindText($0, at: index) }
    }

    /// Binds UTF-8 bytes as text (copied) to the 1-based parameter `index`.
    func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
        sqlite_nio_sqlite3_bind_text64(
            statement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
            UInt64(bytes.count), transient, UInt8(SQLITE_UTF8))
    }

    /// Binds bytes as a blob (copied) to the 1-based parameter `index`.
    func bindBlob(_ bytes: UnsafeRawBufferPointer, at index: Int32) {
        sqlite_nio_sqlite3_bind_blob64(statement, index, bytes.baseAddress, UInt64(bytes.count), transient)
    }

    /// Binds SQL `NULL` to the 1-based parameter `index`.
    func bindNull(at index: Int32) {
        sqlite_nio_sqlite3_bind_null(statement, index)
    }

    /// Binds a value of the query API.
    func bind(_ value: UsageSQLValue, at index: Int32) {
        switch value {
        case .integer(let number): bind(number, at: index)
        case .real(let number): bind(number, at: index)
        case .text(let text): bind(text, at: index)
        case .null: bindNull(at: index)
        }
    }

    /// Advances to the next row: `true` when a row is available, `false` when done.
    @discardableResult
    func step() throws(UsageStoreError) -> Bool {
        switch sqlite_nio_sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            throw UsageStoreError("SQLite error in \(database.path): \(database.lastError)")
        }
    }

    /// Makes the statement ready to run again and forgets the bound values.
    func reset() {
        sqlite_nio_sqlite3_reset(statement)
        sqlite_nio_sqlite3_clear_bindings(statement)
    }

    /// The number of columns in a result row.
    var columnCount: Int32 { sqlite_nio_sqlite3_column_count(statement) }

    /// Column `index` (0-based) of the current row.
    func column(_ index: Int32) -> UsageSQLValue {
        switch sqlite_nio_sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(sqlite_nio_sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .real(sqlite_nio_sqlite3_column_double(statement, index))
        case SQLITE_NULL: return .null
        default: return .text(text(index) ?? "")
        }
    }

    /// Column `index` (0-based) of the current row as text, `nil` when `NULL`.
    func text(_ index: Int32) -> String? {
        guard let pointer = sqlite_nio_sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Column `index` (0-based) of the current row as an integer.
    func int64(_ index: Int32) -> Int64 {
        sqlite_nio_sqlite3_column_int64(statement, index)
    }
}
