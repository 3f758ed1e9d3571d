import Foundation
import Testing
import TariffSupport
import TariffStripe

@Suite("Form encoding")
struct StripeFormTests {
    @Test("scalars, booleans, integers and decimals")
    func scalars() {
        var form = StripeForm()
        form.append("currency", .string("usd"))
        form.append("unit_amount", .integer(4900))
        form.append("active", .bool(false))
        form.append(
            "unit_amount_decimal",
            .decimal(Decimal(string: "0.002", locale: Locale(identifier: "en_US_POSIX")) ?? 0))
        #expect(form.encoded == "currency=usd&unit_amount=4900&active=false&unit_amount_decimal=0.002")
    }

    @Test("nested objects keep brackets readable and order as given")
    func nestedObjects() {
        var form = StripeForm()
        form.append(
            "recurring",
            .object([
                StripeFormField("interval", .string("month")),
                StripeFormField("meter", .string("mtr_123")),
            ]))
        form.append(
            "currency_options",
            .object([StripeFormField("eur", .object([StripeFormField("unit_amount", .integer(900))]))]))
        #expect(
            form.encoded
                == "recurring[interval]=month&recurring[meter]=mtr_123&currency_options[eur][unit_amount]=900"
        )
    }

    @Test("arrays of objects are indexed, arrays of scalars bracketed or indexed")
    func arrays() {
        var form = StripeForm()
        form.append(
            "items",
            .indexed([
                .object([
                    StripeFormField("id", .string("si_1")), StripeFormField("price", .string("price_2")),
                ]),
                .object([
                    StripeFormField("price", .string("price_3")), StripeFormField("quantity", .integer(3)),
                ]),
            ]))
        form.append("expand", .strings(["data.tiers", "data.currency_options"]))
        form.append("enabled_events", .indexed([.string("invoice.paid")]))
        #expect(
            form.encoded
                == "items[0][id]=si_1&items[0][price]=price_2&items[1][price]=price_3&items[1][quantity]=3"
                + "&expand[]=data.tiers&expand[]=data.currency_options&enabled_events[0]=invoice.paid")
    }

    @Test("empty values clear a field or remove one metadata key")
    func emptyValues() {
        var form = StripeForm()
        form.append("description", .empty)
        form.append(
            "metadata", .object([StripeFormField("old_key", .empty), StripeFormField("kept", .string("v"))]))
        #expect(form.encoded == "description=&metadata[old_key]=&metadata[kept]=v")
    }

    @Test(
        "percent-encoding outside the unreserved set",
        arguments: [
            ("a b", "a%20b"), ("x&y=z", "x%26y%3Dz"), ("caf\u{e9}", "caf%C3%A9"), ("-._~", "-._~"),
            ("!*()'", "%21%2A%28%29%27"), ("a+b/c?", "a%2Bb%2Fc%3F"), ("[k]", "[k]"),
        ])
    func percentEncoding(input: String, expected: String) {
        #expect(StripePercentEncoding.encodeFormComponent(input) == expected)
    }

    @Test("path segments encode brackets and slashes too")
    func pathSegments() {
        #expect(StripePath.make("/v1/products", "pro plan/[1]") == "/v1/products/pro%20plan%2F%5B1%5D")
        #expect(
            StripePath.make("/v1/billing/meters", "mtr_1", "deactivate")
                == "/v1/billing/meters/mtr_1/deactivate")
    }

    @Test("an empty container produces no pair")
    func emptyContainers() {
        var form = StripeForm()
        form.append("metadata", .object([]))
        form.append("tiers", .indexed([]))
        form.append("name", .string("x"))
        #expect(form.encoded == "name=x")
    }

    @Test("decimals are written in plain notation with a point")
    func decimals() {
        let cases: [(String, String)] = [
            ("0.000000000001", "0.000000000001"), ("2000", "2000"), ("12.5", "12.5"),
        ]
        for (input, expected) in cases {
            let value = MinorUnits(text: input)?.value
            #expect(value.map { MinorUnits($0).text } == expected)
        }
        #expect(MinorUnits(text: "1,5")?.value == nil)
        #expect(MinorUnits(text: "abc")?.value == nil)
    }
}
