import Foundation

/// The versioned JSON report of `tariff apply --format json` (format_version "1").
///
/// Encoded from these types only, never from the internal ones, so the document stays stable when
/// the executor changes. Holds no secret: no key, no webhook signing secret.
public struct ApplyReportV1: Codable, Sendable, Hashable {
    public var formatVersion: String
    /// `succeeded` or `failed`.
    public var status: String
    /// The stage apply stopped at, when a step failed.
    public var stoppedAt: String?
    public var summary: SummaryV1
    public var steps: [StepV1]
    public var warnings: [String]
    public var requests: RequestsV1
    public var durationMilliseconds: Int

    /// How many steps ended each way.
    public struct SummaryV1: Codable, Sendable, Hashable {
        public var done: Int
        public var failed: Int
        public var left: Int
    }

    /// One step.
    public struct StepV1: Codable, Sendable, Hashable {
        public var id: String
        public var stage: String
        public var address: String
        public var action: String
        /// `done`, `failed` or `left`.
        public var outcome: String
        public var objectID: String?
        public var detail: String?

        enum CodingKeys: String, CodingKey {
            case id, stage, address, action, outcome, detail
            case objectID = "object_id"
        }
    }

    /// Requests apply sent (the plan's reads are counted separately).
    public struct RequestsV1: Codable, Sendable, Hashable {
        public var total: Int
        public var retries: Int
        public var rateLimited: Int
        public var planReads: Int

        enum CodingKeys: String, CodingKey {
            case total, retries
            case rateLimited = "rate_limited"
            case planReads = "plan_reads"
        }
    }

    enum CodingKeys: String, CodingKey {
        case status, summary, steps, warnings, requests
        case formatVersion = "format_version"
        case stoppedAt = "stopped_at"
        case durationMilliseconds = "duration_ms"
    }

    public init(_ report: ApplyReport, planReads: Int = 0) {
        formatVersion = "1"
        status = report.succeeded ? "succeeded" : "failed"
        stoppedAt = report.stoppedAt?.name
        summary = SummaryV1(
            done: report.results(.done).count, failed: report.results(.failed).count,
            left: report.results(.left).count)
        steps = report.results.map {
            StepV1(
                id: $0.stepID, stage: $0.stage.name, address: $0.address.path, action: $0.summary,
                outcome: $0.outcome.rawValue, objectID: $0.objectID, detail: $0.detail)
        }
        warnings = report.warnings
        requests = RequestsV1(
            total: report.requests.total, retries: report.requests.retries,
            rateLimited: report.rateLimitedResponses,
            planReads: planReads)
        let (seconds, attoseconds) = report.duration.components
        durationMilliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    /// The document as pretty, key-sorted JSON text.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
