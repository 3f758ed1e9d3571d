import Foundation
import TariffUsage

/// A usage plan folded for people: one row per meter and company (and reason), with how many
/// windows and how much usage, so a plan of thousands of windows reads in a screen.
struct UsagePlanRow: Sendable, Hashable {
    var meterKey: String
    var company: String
    var customer: String?
    var windows: Int
    /// The usage of those windows (computed totals).
    var amount: Int64
    /// What Stripe held for them before (sends only).
    var reported: Int64
    var first: ReportWindow
    var last: ReportWindow

    /// Sends folded by meter (config order), then company.
    static func sends(_ plan: UsagePlan) -> [UsagePlanRow] {
        fold(plan.sends.map { ($0.meterKey, $0.company, $0.customer, $0.computed, $0.reported, $0.window) })
    }

    /// Held usage of one reason folded by meter, then company.
    static func held(_ plan: UsagePlan, _ reason: HoldReason) -> [UsagePlanRow] {
        fold(plan.held(reason).map { ($0.meterKey, $0.company, $0.customer, $0.value, 0, $0.window) })
    }

    private static func fold(
        _ items: [(String, String, String?, Int64, Int64, ReportWindow)]
    ) -> [UsagePlanRow] {
        var rows: [UsagePlanRow] = []
        var index: [String: Int] = [:]
        for (meter, company, customer, amount, reported, window) in items {
            let key = "\(meter)\u{0}\(company)"
            if let at = index[key] {
                rows[at].windows += 1
                rows[at].amount += amount
                rows[at].reported += reported
                rows[at].first = min(rows[at].first, window)
                rows[at].last = max(rows[at].last, window)
            } else {
                index[key] = rows.count
                rows.append(
                    UsagePlanRow(
                        meterKey: meter, company: company, customer: customer, windows: 1, amount: amount,
                        reported: reported, first: window, last: window))
            }
        }
        return rows
    }
}

/// Numbers and times as the usage plan prints them.
enum UsageText {
    /// `12,345` (grouping by thousands, no locale).
    static func amount(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `2026-12-01 13:00` (UTC).
    static func time(_ seconds: Int64) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0,
            parts.minute ?? 0)
    }

    /// RFC 3339 (`2026-12-01T13:00:00Z`), for the JSON document.
    static func rfc3339(_ seconds: Int64) -> String {
        time(seconds).replacingOccurrences(of: " ", with: "T") + ":00Z"
    }

    /// `3 windows` / `1 window`.
    static func windows(_ count: Int) -> String {
        count == 1 ? "1 window" : "\(count) windows"
    }

    /// The span of a row's windows: one start, or `first – last end`.
    static func span(_ row: UsagePlanRow) -> String {
        row.windows == 1 && row.first == row.last
            ? time(row.first.start) : "\(time(row.first.start)) – \(time(row.last.end))"
    }

    /// The heading of each reason's section.
    static func title(_ reason: HoldReason) -> String {
        switch reason {
        case .noCustomer: "Companies with usage but no Stripe customer"
        case .ambiguousCustomer: "Companies that several Stripe customers carry"
        case .noSubscription: "Customers without a subscription on a price of the meter"
        case .noMeter: "Meters Stripe does not have yet (run `tariff apply` first)"
        case .tooOld: "Usage older than Stripe's 35 days (cannot be reported)"
        case .unsettled: "Windows not yet settled (reported on a later run)"
        case .tooManyDigits: "Values over Stripe's 15 significant digits"
        }
    }

    /// The one-line summary both human formats open with.
    static func summary(_ plan: UsagePlan) -> String {
        let customers = Set(plan.sends.map(\.customer)).count
        let meters = Set(plan.sends.map(\.meterKey)).count
        var text =
            plan.sends.isEmpty
            ? "Usage plan: nothing to send"
            : "Usage plan: \(windows(plan.sends.count)) to send to \(customers) customer\(customers == 1 ? "" : "s") on \(meters) meter\(meters == 1 ? "" : "s")"
        text += ", \(plan.inSync) in sync"
        let held = HoldReason.allCases.filter { $0 != .unsettled }.map { plan.held($0).count }.reduce(0, +)
        if held > 0 { text += ", \(held) that cannot be billed" }
        let waiting = plan.held(.unsettled).count
        if waiting > 0 { text += ", \(waiting) waiting to settle" }
        return text + "."
    }

    /// What the plan was judged against, one line.
    static func context(_ plan: UsagePlan) -> String? {
        guard let context = plan.context else { return nil }
        let source = context.reportedFrom == .ledger ? "the ledger" : "Stripe's event summaries"
        return
            "As of \(time(plan.asOf)) UTC against \(context.accountID ?? "the account (id not readable with this key)") (\(context.mode) mode): \(context.windowName == "day" ? "daily" : "hourly") windows "
            + "from \(time(context.lookbackStart)), computed from \(context.computedFrom), reported from \(source)."
    }
}
