import Foundation
import Testing

@testable import TariffRender
@testable import TariffUsage

/// The usage plan's three formats, from one reconciled plan.
@Suite("Usage plan rendering")
struct UsagePlanRenderTests {
    static let now: Int64 = 1_796_126_400  // 2026-12-01T12:00:00Z

    static func plan() -> UsagePlan {
        let meter = ReportMeter(
            key: "api_calls", eventName: "demo_api_calls", meterID: "mtr_1", mode: .absolute)
        let clock = ReconcileClock(now: now, settle: 900, lookbackStart: now - 86_400)
        func total(_ company: String, _ hoursAgo: Int64, _ value: Int64) -> ComputedTotal {
            ComputedTotal(
                meterKey: "api_calls", company: company,
                window: ReportWindow(containing: now - hoursAgo * 3_600, length: 3_600), value: value)
        }
        let directory = CustomerDirectory(
            customerByCompany: ["co_a": "cus_a", "co_u": "cus_u"], subscribers: ["demo_api_calls": ["cus_a"]])
        var plan = UsageReconciler.reconcile(
            meters: [meter],
            computed: [
                total("co_a", 3, 1_200), total("co_a", 2, 34), total("co_a", 0, 5), total("co_x", 3, 7),
                total("co_u", 3, 9),
            ],
            reported: [:], directory: directory, clock: clock)
        plan.context = UsagePlanContext(
            accountID: "acct_demo", mode: "test", windowLength: 3_600, lookbackStart: clock.lookbackStart,
            settle: 900, reportedFrom: .ledger, computedFrom: "the store", meters: [meter])
        return plan
    }

    @Test func textFoldsWindowsPerCompanyWithAmounts() {
        let text = UsagePlanTextRenderer().render(Self.plan())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Usage plan: 2 windows to send to 1 customer on 1 meter, 0 in sync, 2 that cannot be billed, 1 waiting to settle."
        )
        let send = lines.first { $0.contains("co_a → cus_a") && $0.contains("2 windows") }
        #expect(send?.contains("1,234") == true, "\(text)")
        #expect(text.contains("Companies with usage but no Stripe customer:"))
        #expect(lines.contains { $0.contains("co_x") && $0.hasSuffix("2026-12-01 09:00") })
        #expect(text.contains("Customers without a subscription on a price of the meter:"))
        #expect(text.contains("Windows not yet settled"))
        #expect(!text.contains("\u{1B}["))
        #expect(UsagePlanTextRenderer(color: true).render(Self.plan()).contains("\u{1B}["))
    }

    @Test func markdownHasATablePerSection() {
        let markdown = UsagePlanMarkdownRenderer().render(Self.plan())
        #expect(markdown.hasPrefix("### Usage plan"))
        #expect(markdown.components(separatedBy: "| Meter | Company |").count - 1 == 4)
        #expect(markdown.contains("| `api_calls` | `co_a` | `cus_a` | 2 | 1,234 | 0 |"))
    }

    @Test func jsonIsVersionedAndListsEveryWindow() throws {
        let data = Data(try UsagePlanFormat.json.render(Self.plan()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format_version"] as? String == "1")
        #expect(object["kind"] as? String == "usage_plan")
        #expect(object["as_of"] as? String == "2026-12-01T12:00:00Z")
        let sends = try #require(object["sends"] as? [[String: Any]])
        #expect(sends.count == 2)
        #expect(sends.compactMap { $0["value"] as? Int }.sorted() == [34, 1_200])
        #expect((sends.first?["identifier"] as? String)?.hasPrefix("tariff:demo_api_calls:cus_a:") == true)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect((summary["held"] as? [String: Int])?["no_customer"] == 1)
        #expect((summary["held_usage"] as? [String: Int])?["no_subscription"] == 9)
        let decoded = try JSONDecoder().decode(UsagePlanDocumentV1.self, from: data)
        #expect(decoded == UsagePlanDocumentV1(Self.plan()))
    }

    @Test func amountsGroupThousands() {
        #expect(UsageText.amount(1_234_567) == "1,234,567")
        #expect(UsageText.amount(-1_000) == "-1,000")
        #expect(UsageText.amount(999) == "999")
    }
}
