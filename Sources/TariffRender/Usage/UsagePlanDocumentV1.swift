package import Foundation
package import TariffUsage

/// `tariff usage plan --format json` (and `--out`), format version 1.
///
/// Encoded from these `…V1` types, never from the reconciliation's own, so that refactors cannot
/// change the format (STYLE.md habit 5). Every window is listed, with its amounts; times are RFC
/// 3339 strings in UTC beside their Unix seconds. Keys are sorted; optional keys are left out when
/// absent.
package struct UsagePlanDocumentV1: Sendable, Hashable, Codable {
    /// Always `"1"`.
    package var formatVersion: String
    /// Always `"usage_plan"`, to tell it from the catalog plan.
    package var kind: String
    package var asOf: String
    package var account: String?
    package var mode: String?
    /// `hour` or `day`.
    package var window: String?
    package var lookbackStart: String?
    package var settleSeconds: Int64?
    /// `ledger` or `event_summaries`.
    package var reportedFrom: String?
    package var summary: UsageSummaryV1
    package var sends: [UsageSendV1]
    package var held: [UsageHeldV1]

    enum CodingKeys: String, CodingKey {
        case kind, account, mode, window, summary, sends, held
        case formatVersion = "format_version"
        case asOf = "as_of"
        case lookbackStart = "lookback_start"
        case settleSeconds = "settle_seconds"
        case reportedFrom = "reported_from"
    }

    package init(_ plan: UsagePlan) {
        formatVersion = "1"
        kind = "usage_plan"
        asOf = UsageText.rfc3339(plan.asOf)
        account = plan.context?.accountID
        mode = plan.context?.mode
        window = plan.context?.windowName
        lookbackStart = plan.context.map { UsageText.rfc3339($0.lookbackStart) }
        settleSeconds = plan.context?.settle
        reportedFrom = plan.context?.reportedFrom.rawValue
        summary = UsageSummaryV1(plan)
        sends = plan.sends.map(UsageSendV1.init)
        held = plan.held.map(UsageHeldV1.init)
    }

    /// The document as sorted, pretty-printed JSON.
    package func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// Counts for gating a pipeline on a usage plan.
package struct UsageSummaryV1: Sendable, Hashable, Codable {
    /// Windows apply would send.
    package var send: Int
    /// Customers and meters those windows concern.
    package var customers: Int
    package var inSync: Int
    /// Held windows per reason (`no_customer`, `no_subscription`, `too_old`, `unsettled`, …);
    /// every reason is present, 0 when none.
    package var held: [String: Int]
    /// Total usage held per reason.
    package var heldUsage: [String: Int64]

    enum CodingKeys: String, CodingKey {
        case send, customers, held
        case inSync = "in_sync"
        case heldUsage = "held_usage"
    }

    init(_ plan: UsagePlan) {
        send = plan.sends.count
        customers = Set(plan.sends.map(\.customer)).count
        inSync = plan.inSync
        var held: [String: Int] = [:]
        var usage: [String: Int64] = [:]
        for reason in HoldReason.allCases {
            let windows = plan.held(reason)
            held[reason.rawValue] = windows.count
            usage[reason.rawValue] = windows.reduce(0) { $0 + $1.value }
        }
        self.held = held
        heldUsage = usage
    }
}

/// A window's time span in both forms.
package struct UsageWindowV1: Sendable, Hashable, Codable {
    package var start: String
    package var end: String
    package var startUnix: Int64
    package var endUnix: Int64

    enum CodingKeys: String, CodingKey {
        case start, end
        case startUnix = "start_unix"
        case endUnix = "end_unix"
    }

    init(_ window: ReportWindow) {
        start = UsageText.rfc3339(window.start)
        end = UsageText.rfc3339(window.end)
        startUnix = window.start
        endUnix = window.end
    }
}

/// One meter event apply would send.
package struct UsageSendV1: Sendable, Hashable, Codable {
    package var meter: String
    package var eventName: String
    package var company: String
    package var customer: String
    package var window: UsageWindowV1
    /// `absolute` (pre-aggregated meter) or `delta`.
    package var mode: String
    package var computed: Int64
    package var reported: Int64
    /// The event's `payload[value]`.
    package var value: Int64
    package var identifier: String
    /// The event's `timestamp`, Unix seconds.
    package var timestamp: Int64

    enum CodingKeys: String, CodingKey {
        case meter, company, customer, window, mode, computed, reported, value, identifier, timestamp
        case eventName = "event_name"
    }

    init(_ send: UsageSend) {
        meter = send.meterKey
        eventName = send.eventName
        company = send.company
        customer = send.customer
        window = UsageWindowV1(send.window)
        mode = send.mode.rawValue
        computed = send.computed
        reported = send.reported
        value = send.value
        identifier = send.identifier
        timestamp = send.timestamp
    }
}

/// One window held back.
package struct UsageHeldV1: Sendable, Hashable, Codable {
    package var reason: String
    package var meter: String
    package var company: String
    package var customer: String?
    package var window: UsageWindowV1
    package var value: Int64

    init(_ held: UsageHeld) {
        reason = held.reason.rawValue
        meter = held.meterKey
        company = held.company
        customer = held.customer
        window = UsageWindowV1(held.window)
        value = held.value
    }
}

/// `tariff usage plan --format`.
package enum UsagePlanFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, json

    /// Renders `plan` in this format.
    package func render(_ plan: UsagePlan, color: Bool = false) throws -> String {
        switch self {
        case .text: UsagePlanTextRenderer(color: color).render(plan)
        case .markdown: UsagePlanMarkdownRenderer().render(plan)
        case .json: String(decoding: try UsagePlanDocumentV1(plan).jsonData(), as: UTF8.self) + "\n"
        }
    }
}
