import Testing

@testable import TariffUsage

/// The reconciliation's classification and amounts, on small hand-made accounts.
@Suite("Usage reconciliation")
struct UsageReconcilerTests {
    static let hour: Int64 = 3_600
    /// 2026-12-01T12:00:00Z.
    static let now: Int64 = 1_796_126_400
    static let clock = ReconcileClock(now: now, settle: 900, lookbackStart: now - 3 * 86_400)
    static let calls = ReportMeter(
        key: "api_calls", eventName: "api_calls", meterID: "mtr_1", mode: .absolute)
    static let directory = CustomerDirectory(
        customerByCompany: ["co_a": "cus_a", "co_b": "cus_b", "co_c": "cus_c"],
        ambiguous: ["co_twice": ["cus_x", "cus_y"]],
        subscribers: ["api_calls": ["cus_a", "cus_b"]])

    /// The hour window `hoursAgo` hours before the clock's hour.
    static func window(_ hoursAgo: Int64) -> ReportWindow {
        ReportWindow(containing: now - hoursAgo * hour, length: hour)
    }

    static func total(_ company: String, _ hoursAgo: Int64, _ value: Int64, meter: String = "api_calls")
        -> ComputedTotal
    {
        ComputedTotal(meterKey: meter, company: company, window: window(hoursAgo), value: value)
    }

    static func plan(
        _ computed: [ComputedTotal], reported: [ReportedKey: ReportedValue] = [:],
        meters: [ReportMeter] = [calls]
    ) -> UsagePlan {
        UsageReconciler.reconcile(
            meters: meters, computed: computed, reported: reported, directory: directory, clock: clock)
    }

    @Test func settledWindowsOfMappedSubscribersAreSentWithTheirAbsoluteTotal() {
        let plan = Self.plan([Self.total("co_a", 3, 120), Self.total("co_b", 2, 7)])
        #expect(plan.sends.map(\.customer) == ["cus_a", "cus_b"])
        #expect(plan.sends.map(\.value) == [120, 7])
        #expect(plan.sends.allSatisfy { $0.timestamp == $0.window.start && $0.mode == .absolute })
        #expect(plan.held.isEmpty && plan.inSync == 0 && plan.hasChanges)
    }

    @Test func eachProblemHoldsUsageBackWithItsAmount() {
        let plan = Self.plan([
            Self.total("co_unknown", 3, 11), Self.total("co_twice", 3, 12), Self.total("co_c", 3, 13),
            Self.total("co_a", 0, 14),
            ComputedTotal(
                meterKey: "api_calls", company: "co_a",
                window: ReportWindow(containing: Self.now - 36 * 86_400, length: Self.hour), value: 15),
            Self.total("co_b", 3, 1_000_000_000_000_000),
        ])
        #expect(plan.sends.isEmpty)
        let reasons = plan.held.map { "\($0.reason.rawValue):\($0.company):\($0.value)" }
        #expect(
            reasons == [
                "no_customer:co_unknown:11", "ambiguous_customer:co_twice:12", "no_subscription:co_c:13",
                "too_old:co_a:15", "unsettled:co_a:14", "too_many_digits:co_b:1000000000000000",
            ])
        #expect(plan.held(.noSubscription).first?.customer == "cus_c")
    }

    @Test func aWindowIsSettledOnlyOnceItClosedPlusSettle() {
        // The previous hour closed 0 s ago (unsettled); the one before closed an hour ago.
        let plan = Self.plan([Self.total("co_a", 1, 5), Self.total("co_a", 2, 6)])
        #expect(plan.held(.unsettled).map(\.value) == [5])
        #expect(plan.sends.map(\.value) == [6])
    }

    @Test func aMeterMissingOnStripeHoldsItsUsage() {
        let missing = ReportMeter(key: "api_calls", eventName: "api_calls", meterID: nil, mode: .absolute)
        let plan = Self.plan([Self.total("co_a", 3, 5)], meters: [missing])
        #expect(plan.held(.noMeter).count == 1 && plan.sends.isEmpty)
    }

    @Test func reportedValuesEqualToTheComputedOnesAreInSync() {
        let key = ReportedKey(eventName: "api_calls", customer: "cus_a", windowStart: Self.window(3).start)
        let plan = Self.plan(
            [Self.total("co_a", 3, 120), Self.total("co_a", 4, 8)],
            reported: [key: ReportedValue(value: 120, window: Self.window(3))])
        #expect(plan.inSync == 1)
        #expect(plan.sends.map(\.window) == [Self.window(4)])
    }

    @Test func aCorrectionResendsTheAbsoluteTotalUnderANewIdentifier() {
        let key = ReportedKey(eventName: "api_calls", customer: "cus_a", windowStart: Self.window(3).start)
        let first = Self.plan([Self.total("co_a", 3, 100)])
        let corrected = Self.plan(
            [Self.total("co_a", 3, 130)], reported: [key: ReportedValue(value: 100, window: Self.window(3))])
        #expect(corrected.sends.first?.value == 130)
        #expect(corrected.sends.first?.reported == 100)
        #expect(first.sends.first?.identifier != corrected.sends.first?.identifier)
    }

    @Test func aDeltaMeterGetsComputedMinusReported() {
        let adopted = ReportMeter(key: "api_calls", eventName: "api_calls", meterID: "mtr_1", mode: .delta)
        let key = ReportedKey(eventName: "api_calls", customer: "cus_a", windowStart: Self.window(3).start)
        let plan = Self.plan(
            [Self.total("co_a", 3, 130)], reported: [key: ReportedValue(value: 100, window: Self.window(3))],
            meters: [adopted])
        #expect(plan.sends.first?.value == 30)
        #expect(plan.sends.first?.computed == 130)
    }

    @Test func aReportedWindowWithoutUsageLeftIsBroughtBackToZero() {
        let inside = ReportedKey(eventName: "api_calls", customer: "cus_a", windowStart: Self.window(5).start)
        let outside = ReportedKey(
            eventName: "api_calls", customer: "cus_a", windowStart: Self.window(24 * 4).start)
        let plan = Self.plan(
            [],
            reported: [
                inside: ReportedValue(value: 40, window: Self.window(5), company: "co_a"),
                outside: ReportedValue(value: 40, window: Self.window(24 * 4)),
            ])
        #expect(plan.sends.count == 1, "the window outside the lookback is not re-checked")
        #expect(plan.sends.first?.value == 0 && plan.sends.first?.company == "co_a")
    }

    @Test func identifiersAreDeterministicBoundedAndNameTheWindow() {
        let a = Self.plan([Self.total("co_a", 3, 120)]).sends[0].identifier
        let b = Self.plan([Self.total("co_a", 3, 120)]).sends[0].identifier
        #expect(a == b)
        #expect(a.hasPrefix("tariff:api_calls:cus_a:\(Self.window(3).start):"))
        let long = MeterEventIdentifier.make(
            eventName: String(repeating: "e", count: 100),
            customer: "cus_" + String(repeating: "c", count: 24),
            windowStart: Self.now, previous: 0, value: 1)
        let other = MeterEventIdentifier.make(
            eventName: String(repeating: "e", count: 99) + "f",
            customer: "cus_" + String(repeating: "c", count: 24),
            windowStart: Self.now, previous: 0, value: 1)
        #expect(long.count <= 100 && other.count <= 100 && long != other)
    }

    @Test func directoryHoldsSharedCompanyIDsApart() {
        let directory = CustomerDirectory(
            customers: [("cus_2", "co_a"), ("cus_1", "co_a"), ("cus_3", "co_b"), ("cus_4", nil)],
            subscribers: [:])
        #expect(directory.customerByCompany == ["co_b": "cus_3"])
        #expect(directory.ambiguous == ["co_a": ["cus_1", "cus_2"]])
    }

    @Test func windowsAlignOnUTC() {
        let day = ReportWindow(containing: Self.now + 5, length: 86_400)
        #expect(day.start % 86_400 == 0 && day.end - day.start == 86_400)
        #expect(Self.window(3).day == ReportWindow(containing: Self.window(3).start, length: 86_400))
    }
}
