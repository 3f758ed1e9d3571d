import Testing
import TariffDiagnostics
@testable import TariffUsage

/// `--totals FILE`: NDJSON or CSV rows of meter, company, window_start, value.
@Suite struct UsageTotalsReaderTests {
    @Test func readsNDJSONWithNumbersOrDigitStrings() {
        let text = """
            {"meter":"api_calls","company":"acme","window_start":1796083200,"value":12}
            {"meter":"api_calls","company":"beta","window_start":"1796083200","value":"7"}

            {"meter":"data","company":"acme","window_start":1796086800,"value":3.0}
            """
        let (totals, diagnostics) = UsageTotalsReader.read(text, path: "totals.ndjson")
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(
            totals == [
                UsageTotal(meter: "api_calls", company: "acme", windowStart: 1_796_083_200, value: 12),
                UsageTotal(meter: "api_calls", company: "beta", windowStart: 1_796_083_200, value: 7),
                UsageTotal(meter: "data", company: "acme", windowStart: 1_796_086_800, value: 3),
            ])
    }

    @Test func readsCSVWithQuotedFieldsInAnyColumnOrder() {
        let text =
            "company,meter,value,window_start\r\n\"ac,me\",api_calls,5,1796083200\r\n\"say \"\"hi\"\"\",m,1,0\r\n"
        let (totals, diagnostics) = UsageTotalsReader.read(text, path: "totals.csv")
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(
            totals == [
                UsageTotal(meter: "api_calls", company: "ac,me", windowStart: 1_796_083_200, value: 5),
                UsageTotal(meter: "m", company: "say \"hi\"", windowStart: 0, value: 1),
            ])
    }

    @Test func badRowsAreLocatedAndTheRestKept() {
        let text = """
            {"meter":"m","company":"a","window_start":0,"value":1}
            not json
            {"meter":"m","company":"a","window_start":0,"value":1.5}
            {"meter":"m","window_start":0,"value":1}
            """
        let (totals, diagnostics) = UsageTotalsReader.read(text, path: "t.ndjson")
        #expect(totals.count == 1)
        let places = diagnostics.diagnostics.map {
            "\($0.code)@\($0.range?.start.file ?? ""):\($0.range?.start.line ?? 0)"
        }
        #expect(
            places == [
                "totals.invalid-row@t.ndjson:2", "totals.invalid-row@t.ndjson:3",
                "totals.invalid-row@t.ndjson:4",
            ])
    }

    @Test func csvWithoutTheColumnsIsOneError() {
        let (totals, diagnostics) = UsageTotalsReader.read("meter,company,value\nm,a,1\n", path: "t.csv")
        #expect(totals.isEmpty)
        #expect(diagnostics.diagnostics.map(\.code) == ["totals.missing-column"])
        #expect(diagnostics.diagnostics.first?.message.contains("'window_start'") == true)
    }

    @Test func emptyFileIsAnError() {
        #expect(
            UsageTotalsReader.read("\n  \n", path: "t").diagnostics.diagnostics.map(\.code) == [
                "totals.empty"
            ])
    }
}
