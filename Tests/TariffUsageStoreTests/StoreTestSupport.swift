import Foundation

@testable import TariffUsageStore

/// A fresh store in a temporary directory, and helpers to write event files there.
struct TemporaryStore {
    let directory: URL
    let store: UsageStore

    /// The mapping of the bad-event corpus: `request.time`, `company_id`, `event_id`.
    static let mapping = EventFieldMapping(time: "request.time", company: "company_id", id: "event_id")
    /// 2026-12-02T00:00:00Z, the "now" of these tests.
    static let now: Int64 = 1_796_169_600 * 1_000_000

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try UsageStore.open(path: directory.appendingPathComponent("store/usage.db").path)
    }

    /// Writes `contents` to `name` in the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ contents: Data) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url)
        return url.path
    }

    /// Appends `contents` to the file at `path`.
    func append(_ path: String, _ contents: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(contents.utf8))
        try handle.close()
    }

    /// Ingests `paths` with the corpus mapping.
    func ingest(
        _ paths: [String], mapping: EventFieldMapping = Self.mapping, maxLineLength: Int = 8192,
        batchSize: Int = 100_000
    ) throws -> IngestSummary {
        let ingester = try UsageIngester(
            store: store,
            options: IngestOptions(
                mapping: mapping, nowMicroseconds: Self.now, maxLineLength: maxLineLength,
                batchSize: batchSize))
        return try ingester.ingest(paths)
    }

    func remove() {
        store.close()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// One event line of the corpus's shape.
func eventLine(id: String?, company: String = "acme", time: String = "2026-11-30T10:00:00Z") -> String {
    let idPart = id.map { "\"event_id\":\"\($0)\"," } ?? ""
    return "{\(idPart)\"request\":{\"time\":\"\(time)\",\"verb\":\"GET\"},\"company_id\":\"\(company)\"}\n"
}
