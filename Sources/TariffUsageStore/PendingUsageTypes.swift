// Stand-ins for lane usage-sql's TariffUsage types until its branch is merged; deleted then.
enum EventStoreSchema {
    static let table = "events"
    static let createSQL = """
        CREATE TABLE IF NOT EXISTS events (
          event_key TEXT PRIMARY KEY,
          ts INTEGER NOT NULL,
          company TEXT NOT NULL,
          body TEXT NOT NULL
        )
        """
}

package struct UsageTotal: Sendable, Hashable {
    package var meter: String
    package var company: String
    package var windowStart: Int64
    package var value: Int64

    package init(meter: String, company: String, windowStart: Int64, value: Int64) {
        self.meter = meter
        self.company = company
        self.windowStart = windowStart
        self.value = value
    }
}
