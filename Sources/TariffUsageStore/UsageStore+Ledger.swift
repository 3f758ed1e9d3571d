/// One window reported to Stripe: the ledger's row for a meter, customer and window.
package struct LedgerEntry: Sendable, Hashable {
    /// The meter's `event_name` in Stripe.
    package var meter: String
    /// The Stripe customer id (`cus_…`).
    package var customer: String
    /// The window's first second, epoch seconds (UTC).
    package var windowStart: Int64
    /// The window's total that Stripe holds after this send: the computed total, also for
    /// meters without a window (which were sent the difference), so the row (one per window)
    /// keeps the running total.
    package var value: Int64
    /// The meter event's identifier (`tariff:{event_name}:{customer}:{window_start}:{hash}`).
    package var identifier: String
    /// Stripe's `Request-Id` of the call that delivered it, when known.
    package var requestID: String?
    /// When it was sent, epoch seconds.
    package var sentAt: Int64

    package init(
        meter: String, customer: String, windowStart: Int64, value: Int64, identifier: String,
        requestID: String?, sentAt: Int64
    ) {
        self.meter = meter
        self.customer = customer
        self.windowStart = windowStart
        self.value = value
        self.identifier = identifier
        self.requestID = requestID
        self.sentAt = sentAt
    }
}

extension UsageStore {
    /// Records that `entry` was sent; replaces the earlier row of the same meter, customer and
    /// window (the ledger holds what Stripe was last told). Committed before returning.
    package func recordSent(_ entry: LedgerEntry) throws(UsageStoreError) {
        try recordSent([entry])
    }

    /// Records several sent windows in one transaction.
    package func recordSent(_ entries: [LedgerEntry]) throws(UsageStoreError) {
        try withDatabase { database throws(UsageStoreError) in
            let statement = try database.prepare(
                """
                INSERT INTO ledger (meter, customer, window_start, value, identifier, request_id, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (meter, customer, window_start) DO UPDATE SET
                  value = excluded.value, identifier = excluded.identifier,
                  request_id = excluded.request_id, sent_at = excluded.sent_at
                """)
            try database.transaction { () throws(UsageStoreError) in
                for entry in entries {
                    statement.bind(entry.meter, at: 1)
                    statement.bind(entry.customer, at: 2)
                    statement.bind(entry.windowStart, at: 3)
                    statement.bind(String(entry.value), at: 4)
                    statement.bind(entry.identifier, at: 5)
                    if let requestID = entry.requestID {
                        statement.bind(requestID, at: 6)
                    } else {
                        statement.bindNull(at: 6)
                    }
                    statement.bind(entry.sentAt, at: 7)
                    try statement.step()
                    statement.reset()
                }
            }
        }
    }

    /// The ledger rows of `meter` for windows starting at or after `windowStart`, ordered by
    /// customer then window.
    package func ledgerEntries(meter: String, from windowStart: Int64) throws(UsageStoreError)
        -> [LedgerEntry]
    {
        try withDatabase { database throws(UsageStoreError) in
            let statement = try database.prepare(
                """
                SELECT meter, customer, window_start, value, identifier, request_id, sent_at FROM ledger
                WHERE meter = ? AND window_start >= ? ORDER BY customer, window_start
                """)
            statement.bind(meter, at: 1)
            statement.bind(windowStart, at: 2)
            var entries: [LedgerEntry] = []
            while try statement.step() { entries.append(try Self.ledgerEntry(statement)) }
            return entries
        }
    }

    /// The value last reported for one meter, customer and window, if any.
    package func reportedValue(meter: String, customer: String, windowStart: Int64) throws(UsageStoreError)
        -> LedgerEntry?
    {
        try withDatabase { database throws(UsageStoreError) in
            let statement = try database.prepare(
                """
                SELECT meter, customer, window_start, value, identifier, request_id, sent_at FROM ledger
                WHERE meter = ? AND customer = ? AND window_start = ?
                """)
            statement.bind(meter, at: 1)
            statement.bind(customer, at: 2)
            statement.bind(windowStart, at: 3)
            return try statement.step() ? try Self.ledgerEntry(statement) : nil
        }
    }

    private static func ledgerEntry(_ statement: SQLiteStatement) throws(UsageStoreError) -> LedgerEntry {
        let text = statement.text(3) ?? ""
        guard let value = Int64(text) else {
            throw UsageStoreError("the ledger holds a value that is not a whole number: \"\(text)\"")
        }
        return LedgerEntry(
            meter: statement.text(0) ?? "", customer: statement.text(1) ?? "",
            windowStart: statement.int64(2),
            value: value, identifier: statement.text(4) ?? "", requestID: statement.text(5),
            sentAt: statement.int64(6))
    }
}
