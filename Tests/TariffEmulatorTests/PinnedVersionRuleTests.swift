import Foundation
import Testing

/// Rules of Stripe's API 2026-10-28.endive that the emulator once got wrong (issue 10, items 3–5).
@Suite("Pinned-version rules: default price, currency options, billing mode")
struct PinnedVersionRuleTests {
    @Test("default_price= (empty) unsets a product's default price, which can then be archived")
    func unsetDefaultPrice() async {
        let stripe = Harness()
        await stripe.product()
        let price = await stripe.price()
        #expect(
            await stripe.send("POST", "/v1/products/pro", "default_price=\(price)").string("default_price")
                == price)
        let refused = await stripe.send("POST", "/v1/prices/\(price)", "active=false")
        #expect(refused.status == 400)
        let unset = await stripe.send("POST", "/v1/products/pro", "default_price=")
        #expect(unset.status == 200)
        #expect(unset["default_price"] is NSNull)
        #expect(await stripe.send("POST", "/v1/prices/\(price)", "active=false").status == 200)
    }

    @Test("currency_options: an update merges per currency, '' clears all, one currency cannot be emptied")
    func currencyOptions() async {
        let stripe = Harness()
        await stripe.product()
        let price = await stripe.price(
            extra: "&currency_options[eur][unit_amount]=900&currency_options[gbp][unit_amount]=800")
        let expand = "expand[]=currency_options"
        let merged = await stripe.send(
            "POST", "/v1/prices/\(price)", "currency_options[eur][unit_amount]=950&\(expand)")
        let options = merged["currency_options"] as? [String: Any]
        #expect(Set(options?.keys.map { $0 } ?? []) == ["usd", "eur", "gbp"])
        let single = await stripe.send("POST", "/v1/prices/\(price)", "currency_options[gbp]=")
        #expect(single.status == 400)
        #expect(single.error("param") == "currency_options[gbp]")
        let cleared = await stripe.send("POST", "/v1/prices/\(price)", "currency_options=&\(expand)")
        #expect(Set((cleared["currency_options"] as? [String: Any])?.keys.map { $0 } ?? []) == ["usd"])
    }

    @Test("items of different intervals are allowed in flexible billing mode (the default), not in classic")
    func mixedIntervalsByBillingMode() async {
        let stripe = Harness()
        await stripe.product()
        let seat = await stripe.price()
        let support = await stripe.price(amount: 500)
        let yearly =
            await stripe.send(
                "POST", "/v1/prices", "product=pro&currency=usd&unit_amount=10000&recurring[interval]=year"
            ).string("id") ?? ""
        let customer = await stripe.send("POST", "/v1/customers", "name=A").string("id") ?? ""
        for mode in ["flexible", "classic"] {
            let subscription = await stripe.send(
                "POST", "/v1/subscriptions",
                "customer=\(customer)&items[0][price]=\(seat)&items[1][price]=\(support)&billing_mode[type]=\(mode)"
            )
            #expect((subscription["billing_mode"] as? [String: Any])?["type"] as? String == mode)
            let items = (subscription["items"] as? [String: Any])?["data"] as? [[String: Any]]
            let second = items?.first { ($0["price"] as? [String: Any])?["id"] as? String == support }
            let moved = await stripe.send(
                "POST", "/v1/subscription_items/\(second?["id"] as? String ?? "")", "price=\(yearly)")
            #expect(moved.status == (mode == "flexible" ? 200 : 400), "billing mode \(mode)")
        }
        let unset = await stripe.send(
            "POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(seat)")
        #expect((unset["billing_mode"] as? [String: Any])?["type"] as? String == "flexible")
    }
}
