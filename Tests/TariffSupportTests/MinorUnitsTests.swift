import Foundation
import Testing
import TariffSupport

@Suite("MinorUnits: the one exact decimal amount")
struct MinorUnitsTests {
    @Test(arguments: [
        ("4900", "4900"), ("0.2", "0.2"), ("0.000000000001", "0.000000000001"), ("12.500", "12.5"),
        ("-1.5", "-1.5"), ("0", "0"),
    ])
    func readsAndWritesPlainDigits(text: String, canonical: String) throws {
        let amount = try #require(MinorUnits(text: text))
        #expect(amount.text == canonical)
        #expect(MinorUnits(text: amount.text) == amount, "the text reads back as the same value")
    }

    @Test(arguments: ["1e3", " 12", "12abc", "+1", "1.", ".5", "", "-", "1,5", "0x10"])
    func refusesAnythingButADecimalNumeral(text: String) {
        #expect(MinorUnits(text: text) == nil)
    }

    @Test func wholeNumbersAreIntegers() {
        #expect(MinorUnits(4900).wholeNumber == 4900)
        #expect(MinorUnits(text: "12.0")?.wholeNumber == 12)
        #expect(MinorUnits(text: "0.5")?.wholeNumber == nil)
    }

    @Test func numeralsSplitIntoParts() throws {
        let numeral = try #require(MinorUnits.Numeral("-12.50"))
        #expect(numeral.negative && numeral.whole == "12" && numeral.fraction == "50")
        #expect(numeral.decimalPlaces == 2)
        #expect(MinorUnits.Numeral("7")?.fraction == nil)
    }

    @Test func theLocaleNeverChangesTheText() {
        // A large value and a tiny one keep positional notation (no exponent).
        #expect(MinorUnits(text: "123456789012")?.text == "123456789012")
        #expect(MinorUnits(Decimal(sign: .plus, exponent: -6, significand: 1)).text == "0.000001")
    }
}
