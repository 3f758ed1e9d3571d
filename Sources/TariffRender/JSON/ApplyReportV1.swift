package import Foundation
package import TariffEngine

/// The versioned JSON report of `tariff apply --format json` (format_version "1").
///
/// Encoded from these types only, never from the internal ones, so the document stays stable when
/// the executor changes. Holds no secret: no key, no webhook signing secret.
package struct ApplyReportV1: Codable, Sendable, Hashable {
    package var formatVersion: String
    /// `succeeded` or `failed`.
    package var status: String
    /// The stage apply stopped at, when a step failed.
    package var stoppedAt: String?
    package var summary: SummaryV1
    package var steps: [StepV1]
    package var warnings: [String]
    package var requests: RequestsV1
    package var durationMilliseconds: Int

    /// How many steps ended each way.
    package struct SummaryV1: Codable, Sendable, Hashable {
        package var done: Int
        package var failed: Int
        package var left: Int
    }

    /// One step.
    package struct StepV1: Codable, Sendable, Hashable {
        package var id: String
        package var stage: String
        package var address: String
        package var action: String
        /// `done`, `failed` or `left`.
        package var outcome: String
        package var objectID: String?
        package var detail: String?

        enum CodingKeys: String, CodingKey {
            case id, stage, address, action, outcome, detail
            case objectID = "object_id"
        }
    }

    /// Requests apply sent (the plan's reads are counted separately).
    package struct RequestsV1: Codable, Sendable, Hashable {
        package var total: Int
        package var retries: Int
        package var rateLimited: Int
        package var planReads: Int

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

    package init(_ report: ApplyReport, planReads: Int = 0) {
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
    package func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
