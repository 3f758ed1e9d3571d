import Foundation
import Testing

@Suite("Prices")
struct PriceRuleTests {
    /// A harness with product `pro` and an active meter.
    private func setUp() async -> (Harness, String) {
        let stripe = Harness()
        await stripe.product()
        return (stripe, await stripe.meter())
    }

    @Test func bothUnitAmountAndDecimalAreAnswered() async {
        let (stripe, _) = await setUp()
        let whole = await stripe.send("POST", "/v1/prices", "product=pro&currency=USD&unit_amount=2000")
        #expect(whole["unit_amount"] as? Int == 2000)
        #expect(whole.string("unit_amount_decimal") == "2000")
        #expect(whole.string("currency") == "usd")
        #expect(whole.string("type") == "one_time")
        let fraction = await stripe.send(
            "POST", "/v1/prices", "product=pro&currency=usd&unit_amount_decimal=0.250")
        #expect(fraction["unit_amount"] is NSNull)
        #expect(fraction.string("unit_amount_decimal") == "0.25")
    }

    @Test(arguments: [
        ("product=pro&currency=usd", "parameter_missing", "unit_amount"),
        ("product=pro&unit_amount=1", "parameter_missing", "currency"),
        ("currency=usd&unit_amount=1", "parameter_missing", "product"),
        ("product=nope&currency=usd&unit_amount=1", "resource_missing", "product"),
        (
            "product=pro&currency=usd&unit_amount=1&unit_amount_decimal=1", "parameters_exclusive",
            "unit_amount_decimal"
        ),
        ("product=pro&currency=usd&unit_amount=x", "parameter_invalid_integer", "unit_amount"),
        (
            "product=pro&currency=usd&unit_amount=1&recurring[interval]=fortnight",
            "parameter_invalid_string", "recurring[interval]"
        ),
        (
            "product=pro&currency=usd&unit_amount=1&recurring[interval]=month&recurring[usage_type]=metered",
            "parameter_missing", "recurring[meter]"
        ),
        ("product=pro&currency=usd&billing_scheme=tiered&tiers_mode=graduated", "parameter_missing", "tiers"),
        (
            "product=pro&currency=usd&billing_scheme=tiered&tiers[0][up_to]=inf&tiers[0][unit_amount]=1",
            "parameter_missing", "tiers_mode"
        ),
        (
            "product=pro&currency=usd&unit_amount=1&recurring[interval]=month&recurring[bogus]=1",
            "parameter_unknown", "recurring[bogus]"
        ),
    ])
    func createValidation(form: String, code: String, param: String) async {
        let (stripe, _) = await setUp()
        let answer = await stripe.send("POST", "/v1/prices", form)
        #expect(answer.status == 400)
        #expect(answer.error("code") == code)
        #expect(answer.error("param") == param)
        #expect(answer.error("type") == "invalid_request_error")
    }

    @Test func meteredPriceNeedsAnActiveMeter() async {
        let (stripe, meter) = await setUp()
        let base =
            "product=pro&currency=usd&unit_amount_decimal=0.5&recurring[interval]=month&recurring[usage_type]=metered"
        let ok = await stripe.send("POST", "/v1/prices", "\(base)&recurring[meter]=\(meter)")
        #expect(ok.status == 200)
        #expect((ok["recurring"] as? [String: Any])?["meter"] as? String == meter)
        let missing = await stripe.send("POST", "/v1/prices", "\(base)&recurring[meter]=mtr_nope")
        #expect(missing.error("code") == "resource_missing")
        #expect(missing.error("param") == "recurring[meter]")
        await stripe.send("POST", "/v1/billing/meters/\(meter)/deactivate")
        let inactive = await stripe.send("POST", "/v1/prices", "\(base)&recurring[meter]=\(meter)")
        #expect(inactive.status == 400)
        #expect(inactive.error("param") == "recurring[meter]")
    }

    @Test func tiersOnlyWhenExpanded() async {
        let (stripe, _) = await setUp()
        let form =
            "product=pro&currency=usd&billing_scheme=tiered&tiers_mode=volume&tiers[0][up_to]=10&tiers[0][unit_amount]=100&tiers[1][up_to]=inf&tiers[1][flat_amount]=900"
        let created = await stripe.send("POST", "/v1/prices", form)
        #expect(created["tiers"] == nil)
        #expect(created["unit_amount"] is NSNull)
        let id = created.string("id") ?? ""
        let expanded = await stripe.send("GET", "/v1/prices/\(id)", "expand[]=tiers")
        let tiers = expanded["tiers"] as? [[String: Any]]
        #expect(tiers?.count == 2)
        #expect(tiers?.first?["up_to"] as? Int == 10)
        #expect(tiers?.last?["up_to"] is NSNull)
        #expect(tiers?.last?["flat_amount_decimal"] as? String == "900")
        let listed = await stripe.send("GET", "/v1/prices", "expand[]=data.tiers")
        #expect((listed["data"] as? [[String: Any]])?.first?["tiers"] != nil)
        let wrongPath = await stripe.send("GET", "/v1/prices", "expand[]=tiers")
        #expect(wrongPath.status == 400)
    }

    @Test func lastTierMustBeInfinite() async {
        let (stripe, _) = await setUp()
        let answer = await stripe.send(
            "POST", "/v1/prices",
            "product=pro&currency=usd&billing_scheme=tiered&tiers_mode=graduated&tiers[0][up_to]=10&tiers[0][unit_amount]=1"
        )
        #expect(answer.status == 400)
        #expect(answer.error("param") == "tiers[0][up_to]")
    }

    @Test func currencyOptionsOnlyWhenExpanded() async {
        let (stripe, _) = await setUp()
        let created = await stripe.send(
            "POST", "/v1/prices",
            "product=pro&currency=usd&unit_amount=1000&currency_options[eur][unit_amount]=900&expand[]=currency_options"
        )
        let options = created["currency_options"] as? [String: [String: Any]]
        #expect(options?["eur"]?["unit_amount"] as? Int == 900)
        #expect(options?["usd"]?["unit_amount"] as? Int == 1000)
        let plain = await stripe.send("GET", "/v1/prices/\(created.string("id") ?? "")")
        #expect(plain["currency_options"] == nil)
    }

    @Test(arguments: [
        "unit_amount=5", "currency=eur", "recurring[interval]=year", "product=other", "billing_scheme=tiered",
    ])
    func immutableFieldsAreUnknownOnUpdate(form: String) async {
        let (stripe, _) = await setUp()
        let id = await stripe.price()
        let answer = await stripe.send("POST", "/v1/prices/\(id)", form)
        #expect(answer.status == 400)
        #expect(answer.error("code") == "parameter_unknown")
        #expect(answer.error("param") == String(form.prefix { $0 != "=" && $0 != "[" }))
    }

    @Test func lookupKeysAreUniqueAmongActivePrices() async {
        let (stripe, _) = await setUp()
        let first = await stripe.price(extra: "&lookup_key=pro_monthly")
        let clash = await stripe.send(
            "POST", "/v1/prices", "product=pro&currency=usd&unit_amount=1200&lookup_key=pro_monthly")
        #expect(clash.status == 400)
        #expect(clash.error("param") == "lookup_key")
        #expect(clash.error("message")?.contains(first) == true)
        let second = await stripe.price(
            amount: 1200, extra: "&lookup_key=pro_monthly&transfer_lookup_key=true")
        #expect(await stripe.send("GET", "/v1/prices/\(first)")["lookup_key"] is NSNull)
        #expect(await stripe.send("GET", "/v1/prices", "lookup_keys[]=pro_monthly").ids == [second])
        let tooMany = (0...10).map { "lookup_keys[]=k\($0)" }.joined(separator: "&")
        #expect(await stripe.send("GET", "/v1/prices", tooMany).error("param") == "lookup_keys")
    }

    @Test func defaultPriceCannotBeArchived() async {
        let (stripe, _) = await setUp()
        let id = await stripe.price()
        await stripe.send("POST", "/v1/products/pro", "default_price=\(id)")
        let refused = await stripe.send("POST", "/v1/prices/\(id)", "active=false")
        #expect(refused.status == 400)
        #expect(refused.error("param") == "active")
        let other = await stripe.price(amount: 5)
        #expect(await stripe.send("POST", "/v1/prices/\(other)", "active=false")["active"] as? Bool == false)
    }

    @Test func taxBehaviorOnlyMovesAwayFromUnspecified() async {
        let (stripe, _) = await setUp()
        let id = await stripe.price()
        #expect(
            await stripe.send("POST", "/v1/prices/\(id)", "tax_behavior=exclusive").string("tax_behavior")
                == "exclusive")
        let back = await stripe.send("POST", "/v1/prices/\(id)", "tax_behavior=inclusive")
        #expect(back.status == 400)
        #expect(back.error("param") == "tax_behavior")
    }

    @Test func listDefaultsToActiveAndFilters() async {
        let (stripe, meter) = await setUp()
        let licensed = await stripe.price()
        let metered = await stripe.price(extra: "&recurring[usage_type]=metered&recurring[meter]=\(meter)")
        let oneTime =
            await stripe.send("POST", "/v1/prices", "product=pro&currency=eur&unit_amount=5").string("id")
            ?? ""
        await stripe.send("POST", "/v1/prices/\(licensed)", "active=false")
        #expect(await stripe.send("GET", "/v1/prices").ids == [oneTime, metered])
        #expect(await stripe.send("GET", "/v1/prices", "active=false").ids == [licensed])
        #expect(await stripe.send("GET", "/v1/prices", "type=recurring").ids == [metered])
        #expect(await stripe.send("GET", "/v1/prices", "currency=eur").ids == [oneTime])
        #expect(await stripe.send("GET", "/v1/prices", "recurring[usage_type]=metered").ids == [metered])
        #expect(await stripe.send("GET", "/v1/prices", "product=nobody").ids == [])
    }
}
