import Testing

@testable import TariffUsageStore

@Suite struct EventTimeTests {
    private func text(_ string: String) -> Result<Int64, EventTime.Failure> {
        var string = string
        return string.withUTF8 { EventTime.parse(text: $0) }
    }

    @Test func rfc3339WithOffsetsAndFractions() {
        #expect(text("1970-01-01T00:00:00Z") == .success(0))
        #expect(text("2026-12-02T10:30:00.250Z") == .success(1_796_207_400_250_000))
        #expect(text("2026-12-02T11:30:00.25+01:00") == .success(1_796_207_400_250_000))
        #expect(text("2026-12-02 10:30:00.25") == .success(1_796_207_400_250_000))
        #expect(text("2024-02-29T00:00:00+0000") == .success(1_709_164_800_000_000))
    }

    @Test func epochNumbersByMagnitude() {
        #expect(text("1700000000") == .success(1_700_000_000_000_000))
        #expect(text("1700000000.5") == .success(1_700_000_000_500_000))
        #expect(text("1700000000123") == .success(1_700_000_000_123_000))
        #expect(text("1700000000123456789") == .success(1_700_000_000_123_456))
    }

    @Test func rejectsNonTimes() {
        #expect(text("2023-02-29T00:00:00Z") == .failure(.unparsable))
        #expect(text("yesterday") == .failure(.unparsable))
        #expect(text("2026-12-02T25:00:00Z") == .failure(.unparsable))
        #expect(text("-5") == .failure(.outOfRange))
        #expect(text("") == .failure(.unparsable))
    }
}
