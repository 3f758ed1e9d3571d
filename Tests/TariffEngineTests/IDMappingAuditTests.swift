import Testing
import TariffDiagnostics
import TariffEngine

@Suite("Differ: id-mapping audit")
struct IDMappingAuditTests {
    static func live(metadata: [[String: String]]) -> LiveState {
        var live = Fixture.matchingLive()
        live.subscriptions = Fixture.subscriptions(
            on: "price_usage", statuses: Array(repeating: "active", count: metadata.count),
            customerMetadata: metadata)
        return live
    }

    @Test(
        "subscribed customers without the company id are reported per on_missing", arguments: [false, true])
    func missing(isError: Bool) {
        let mapping = DesiredIDMapping(companyField: "customer.metadata.company_id", missingIsError: isError)
        let plan = Differ.diff(
            desired: Fixture.desired(idMapping: mapping),
            live: Self.live(metadata: [["company_id": "co_1"], [:]]))
        #expect(plan.findings.map(\.kind) == [.missingCompanyID])
        #expect(plan.findings.first?.customerIDs == ["cus_1"])
        #expect(plan.findings.first?.severity == (isError ? .error : .warning))
        #expect(plan.hasErrors == isError)
    }

    @Test("two customers mapped to one company id are a warning")
    func duplicate() {
        let mapping = DesiredIDMapping(companyField: "customer.metadata.company_id")
        let plan = Differ.diff(
            desired: Fixture.desired(idMapping: mapping),
            live: Self.live(metadata: [
                ["company_id": "co_1"], ["company_id": "co_1"], ["company_id": "co_2"],
            ]))
        #expect(plan.findings.map(\.kind) == [.duplicateCompanyID])
        #expect(plan.findings.first?.customerIDs == ["cus_0", "cus_1"])
        #expect(plan.findings.first?.companyID == "co_1")
        #expect(plan.diagnostics.map(\.severity) == [.warning])
    }

    @Test("customer.id mappings need no audit")
    func customerID() {
        let plan = Differ.diff(desired: Fixture.desired(), live: Self.live(metadata: [[:]]))
        #expect(plan.findings.isEmpty)
    }
}
