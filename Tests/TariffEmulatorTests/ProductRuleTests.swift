import Foundation
import Testing

@Suite("Products")
struct ProductRuleTests {
    @Test func customIDAndDuplicate() async {
        let stripe = Harness()
        let created = await stripe.send("POST", "/v1/products", "id=pro&name=Pro&metadata[plan]=pro")
        #expect(created.status == 200)
        #expect(created.string("id") == "pro")
        #expect(created.string("object") == "product")
        #expect(created["livemode"] as? Bool == false)
        #expect((created["metadata"] as? [String: String]) == ["plan": "pro"])
        let duplicate = await stripe.send("POST", "/v1/products", "id=pro&name=Again")
        #expect(duplicate.status == 400)
        #expect(duplicate.error("code") == "resource_already_exists")
        #expect(duplicate.error("param") == "id")
        #expect(duplicate.error("type") == "invalid_request_error")
    }

    @Test func missingNameAndUnknownParameter() async {
        let stripe = Harness()
        let missing = await stripe.send("POST", "/v1/products", "id=x")
        #expect(missing.status == 400)
        #expect(missing.error("code") == "parameter_missing")
        #expect(missing.error("param") == "name")
        let unknown = await stripe.send("POST", "/v1/products", "name=X&colour=red")
        #expect(unknown.error("code") == "parameter_unknown")
        #expect(unknown.error("param") == "colour")
    }

    @Test func updateMetadataSemantics() async {
        let stripe = Harness()
        await stripe.send(
            "POST", "/v1/products", "id=pro&name=Pro&metadata[a]=1&metadata[b]=2&description=Old")
        let updated = await stripe.send("POST", "/v1/products/pro", "metadata[a]=&metadata[c]=3&description=")
        #expect((updated["metadata"] as? [String: String]) == ["b": "2", "c": "3"])
        #expect(updated["description"] is NSNullLike)
        let cleared = await stripe.send("POST", "/v1/products/pro", "metadata=")
        #expect((cleared["metadata"] as? [String: String]) == [:])
    }

    @Test func deleteOnlyWithoutPrices() async {
        let stripe = Harness()
        await stripe.product("pro")
        await stripe.product("bare")
        _ = await stripe.price()
        let refused = await stripe.send("DELETE", "/v1/products/pro")
        #expect(refused.status == 400)
        let deleted = await stripe.send("DELETE", "/v1/products/bare")
        #expect(deleted.status == 200)
        #expect(deleted["deleted"] as? Bool == true)
        let gone = await stripe.send("GET", "/v1/products/bare")
        #expect(gone.status == 404)
        #expect(gone.error("code") == "resource_missing")
        #expect(gone.error("param") == "id")
    }

    @Test func listFiltersByActiveAndIDs() async {
        let stripe = Harness()
        for id in ["a", "b", "c"] { await stripe.product(id) }
        await stripe.send("POST", "/v1/products/b", "active=false")
        #expect(await stripe.send("GET", "/v1/products").ids == ["c", "b", "a"])
        #expect(await stripe.send("GET", "/v1/products", "active=true").ids == ["c", "a"])
        #expect(await stripe.send("GET", "/v1/products", "active=false").ids == ["b"])
        #expect(await stripe.send("GET", "/v1/products", "ids[]=a&ids[]=b").ids == ["b", "a"])
        let list = await stripe.send("GET", "/v1/products", "limit=1")
        #expect(list.string("object") == "list")
        #expect(list.string("url") == "/v1/products")
        #expect(list["has_more"] as? Bool == true)
    }

    @Test func defaultPriceMustBelongToTheProduct() async {
        let stripe = Harness()
        await stripe.product("pro")
        await stripe.product("other")
        let foreign = await stripe.price(product: "other")
        let refused = await stripe.send("POST", "/v1/products/pro", "default_price=\(foreign)")
        #expect(refused.status == 400)
        #expect(refused.error("param") == "default_price")
        let own = await stripe.price(product: "pro")
        let set = await stripe.send("POST", "/v1/products/pro", "default_price=\(own)")
        #expect(set.string("default_price") == own)
    }

    /// Stripe's account object has no `livemode` (the key's prefix tells the mode); each mode
    /// keeps its own objects.
    @Test func accountFollowsTheKeyMode() async {
        let stripe = Harness()
        let test = await stripe.send("GET", "/v1/account")
        #expect(test.string("object") == "account")
        #expect(test["livemode"] == nil)
        let live = await stripe.send("GET", "/v1/account", key: "sk_live_abc")
        #expect(live.string("object") == "account")
        await stripe.product("only_test")
        #expect(await stripe.send("GET", "/v1/products/only_test", key: "sk_live_abc").status == 404)
    }
}

/// `JSONSerialization` decodes JSON `null` as `NSNull`; matching on this keeps tests readable.
typealias NSNullLike = NSNull

@Suite("Products with prices")
struct ProductPriceTests {
    @Test func defaultPriceDataAndExpansion() async {
        let stripe = Harness()
        let created = await stripe.send(
            "POST", "/v1/products",
            "id=pro&name=Pro&default_price_data[currency]=usd&default_price_data[unit_amount]=4900&default_price_data[recurring][interval]=month"
        )
        let priceID = created.string("default_price") ?? ""
        #expect(priceID.hasPrefix("price_"))
        let expanded = await stripe.send("GET", "/v1/products/pro", "expand[]=default_price")
        #expect((expanded["default_price"] as? [String: Any])?["unit_amount"] as? Int == 4900)
        let listed = await stripe.send("GET", "/v1/products", "expand[]=data.default_price")
        #expect(
            ((listed["data"] as? [[String: Any]])?.first?["default_price"] as? [String: Any])?["id"]
                as? String == priceID)
        let refused = await stripe.send("GET", "/v1/products/pro", "expand[]=owner")
        #expect(refused.status == 400)
        #expect(refused.error("param") == "expand")
    }
}
