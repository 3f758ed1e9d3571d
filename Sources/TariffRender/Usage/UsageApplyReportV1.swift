import Foundation
package import TariffUsage

/// `tariff usage apply --format json`, format version 1: what was sent, found already sent,
/// refused or left failing, per window, and the requests it took.
package struct UsageApplyReportV1: Sendable, Hashable, Codable {
    package var formatVersion: String
    package var kind: String
    /// `succeeded` or `failed`.
    package var status: String
    package var summary: Summary
    package var delivered: [Delivered]
    package var rejected: [Failure]
    package var failed: [Failure]

    enum CodingKeys: String, CodingKey {
        case kind, status, summary, delivered, rejected, failed
        case formatVersion = "format_version"
    }

    /// Counts for a pipeline.
    package struct Summary: Sendable, Hashable, Codable {
        /// Windows Stripe holds now (sent now, or found sent before).
        package var sent: Int
        /// Of those, answered "already exists".
        package var alreadySent: Int
        package var rejected: Int
        package var failed: Int
        package var requests: Int
        /// `v1` (one event per request) or `stream` (v2, up to 100 per request).
        package var transport: String
        /// Windows the plan held back (no customer, unsettled, …), not sent.
        package var held: Int

        enum CodingKeys: String, CodingKey {
            case sent, rejected, failed, requests, transport, held
            case alreadySent = "already_sent"
        }
    }

    /// One delivered window, as the ledger recorded it.
    package struct Delivered: Sendable, Hashable, Codable {
        package var eventName: String
        package var customer: String
        package var company: String
        package var windowStart: String
        package var total: Int64
        package var value: Int64
        package var identifier: String
        package var requestID: String?

        enum CodingKeys: String, CodingKey {
            case customer, company, total, value, identifier
            case eventName = "event_name"
            case windowStart = "window_start"
            case requestID = "request_id"
        }
    }

    /// One window that did not reach Stripe.
    package struct Failure: Sendable, Hashable, Codable {
        package var eventName: String
        package var customer: String
        package var windowStart: String
        package var value: Int64
        package var message: String

        enum CodingKeys: String, CodingKey {
            case customer, value, message
            case eventName = "event_name"
            case windowStart = "window_start"
        }
    }

    package init(_ report: UsageApplyReport, held: Int) {
        formatVersion = "1"
        kind = "usage_apply"
        status = report.succeeded ? "succeeded" : "failed"
        summary = Summary(
            sent: report.delivered.count, alreadySent: report.duplicates, rejected: report.rejected.count,
            failed: report.failed.count, requests: report.requests,
            transport: report.usedStream ? "stream" : "v1",
            held: held)
        delivered = report.delivered.map {
            Delivered(
                eventName: $0.eventName, customer: $0.customer, company: $0.company,
                windowStart: UsageText.rfc3339($0.window.start), total: $0.total, value: $0.sent,
                identifier: $0.identifier, requestID: $0.requestID)
        }
        func failure(_ item: UsageSendFailure) -> Failure {
            Failure(
                eventName: item.send.eventName, customer: item.send.customer,
                windowStart: UsageText.rfc3339(item.send.window.start), value: item.send.value,
                message: item.message)
        }
        rejected = report.rejected.map(failure)
        failed = report.failed.map(failure)
    }

    /// The report as sorted, pretty-printed JSON ending in a newline.
    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The report as text: one summary line, then each refused or failing window.
    package func text() -> String {
        var lines: [String] = []
        if status == "succeeded" {
            lines.append(
                summary.sent == 0
                    ? "Usage apply complete: nothing to send."
                    : "Usage apply complete: \(UsageText.windows(summary.sent)) delivered"
                        + (summary.alreadySent > 0 ? " (\(summary.alreadySent) already sent before)" : "")
                        + " in \(summary.requests) request\(summary.requests == 1 ? "" : "s") (\(summary.transport))."
            )
        } else {
            lines.append(
                "Usage apply failed: \(summary.sent) delivered, \(summary.rejected) refused by Stripe, "
                    + "\(summary.failed) still failing after retries. Run it again: delivered windows are not sent twice."
            )
        }
        for item in rejected {
            lines.append("  refused  \(item.eventName) \(item.customer) \(item.windowStart): \(item.message)")
        }
        for item in failed {
            lines.append("  failed   \(item.eventName) \(item.customer) \(item.windowStart): \(item.message)")
        }
        if summary.held > 0 {
            lines.append("\(UsageText.windows(summary.held)) held back; `tariff usage plan` lists them.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
