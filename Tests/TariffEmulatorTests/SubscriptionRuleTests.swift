import Foundation
import Testing

@Suite("Customers, subscriptions, items and webhooks")
struct SubscriptionRuleTests {
    /// Product `pro`, a licensed and a metered monthly price, and a customer.
    private func setUp() async -> (stripe: Harness, licensed: String, metered: String, customer: String) {
        let stripe = Harness()
        await stripe.product()
        let meter = await stripe.meter()
        let licensed = await stripe.price()
        let metered = await stripe.price(extra: "&recurring[usage_type]=metered&recurring[meter]=\(meter)")
        let customer =
            await stripe.send("POST", "/v1/customers", "email=a%40example.com&metadata[team]=x").string("id")
            ?? ""
        return (stripe, licensed, metered, customer)
    }

    private func items(_ answer: Answer) -> [[String: Any]] {
        ((answer["items"] as? [String: Any])?["data"] as? [[String: Any]]) ?? []
    }

    @Test func createWithLicensedAndMeteredItems() async {
        let (stripe, licensed, metered, customer) = await setUp()
        let created = await stripe.send(
            "POST", "/v1/subscriptions",
            "customer=\(customer)&items[0][price]=\(licensed)&items[0][quantity]=3&items[1][price]=\(metered)"
        )
        #expect(created.status == 200)
        #expect(created.string("status") == "active")
        let list = items(created)
        #expect(list.count == 2)
        #expect(list[0]["quantity"] as? Int == 3)
        #expect(list[1]["quantity"] is NSNull)
        #expect((list[0]["price"] as? [String: Any])?["id"] as? String == licensed)
        #expect((list[0]["current_period_end"] as? Int ?? 0) > (list[0]["current_period_start"] as? Int ?? 0))
        let quantityOnMetered = await stripe.send(
            "POST", "/v1/subscriptions",
            "customer=\(customer)&items[0][price]=\(metered)&items[0][quantity]=2")
        #expect(quantityOnMetered.error("param") == "items[0][quantity]")
        let noCustomer = await stripe.send(
            "POST", "/v1/subscriptions", "customer=cus_nope&items[0][price]=\(licensed)")
        #expect(noCustomer.error("code") == "resource_missing")
        #expect(noCustomer.error("param") == "customer")
    }

    @Test func priceChangeResetsQuantityUnlessSent() async {
        let (stripe, licensed, _, customer) = await setUp()
        let other = await stripe.price(amount: 2000)
        let created = await stripe.send(
            "POST", "/v1/subscriptions",
            "customer=\(customer)&items[0][price]=\(licensed)&items[0][quantity]=4")
        let subscription = created.string("id") ?? ""
        let item = items(created).first?["id"] as? String ?? ""
        let swapped = await stripe.send(
            "POST", "/v1/subscriptions/\(subscription)",
            "items[0][id]=\(item)&items[0][price]=\(other)&proration_behavior=none")
        #expect(items(swapped).first?["quantity"] as? Int == 1)
        let back = await stripe.send(
            "POST", "/v1/subscription_items/\(item)", "price=\(licensed)&quantity=4&proration_behavior=none")
        #expect(back["quantity"] as? Int == 4)
        #expect((back["price"] as? [String: Any])?["id"] as? String == licensed)
        let badProration = await stripe.send(
            "POST", "/v1/subscription_items/\(item)", "proration_behavior=sometimes")
        #expect(badProration.error("param") == "proration_behavior")
        let listed = await stripe.send("GET", "/v1/subscription_items", "subscription=\(subscription)")
        #expect(listed.ids == [item])
        #expect(await stripe.send("GET", "/v1/subscription_items").error("param") == "subscription")
    }

    @Test func listFiltersAndCancellation() async {
        let (stripe, licensed, metered, customer) = await setUp()
        let first =
            await stripe.send("POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(licensed)")
            .string("id") ?? ""
        let second =
            await stripe.send("POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(metered)")
            .string("id") ?? ""
        #expect(await stripe.send("GET", "/v1/subscriptions", "price=\(licensed)").ids == [first])
        let canceled = await stripe.send("DELETE", "/v1/subscriptions/\(first)")
        #expect(canceled.string("status") == "canceled")
        #expect(await stripe.send("GET", "/v1/subscriptions").ids == [second])
        #expect(await stripe.send("GET", "/v1/subscriptions", "status=all").ids == [second, first])
        #expect(await stripe.send("GET", "/v1/subscriptions", "status=ended").ids == [first])
        #expect(await stripe.send("GET", "/v1/subscriptions", "customer=cus_other").ids == [])
        try? await stripe.emulator.setSubscriptionStatus(second, to: "past_due")
        #expect(await stripe.send("GET", "/v1/subscriptions", "status=past_due").ids == [second])
    }

    @Test func embeddedItemsStopAtTenAndTheRestArePaged() async {
        let (stripe, _, _, customer) = await setUp()
        var form = "customer=\(customer)"
        for index in 0..<12 {
            form += "&items[\(index)][price]=\(await stripe.price(amount: 100 + index))"
        }
        let created = await stripe.send("POST", "/v1/subscriptions", form)
        let embedded = created["items"] as? [String: Any]
        #expect((embedded?["data"] as? [Any])?.count == 10)
        #expect(embedded?["has_more"] as? Bool == true)
        let subscription = created.string("id") ?? ""
        let firstPage = await stripe.send(
            "GET", "/v1/subscription_items", "subscription=\(subscription)&limit=10")
        let rest = await stripe.send(
            "GET", "/v1/subscription_items",
            "subscription=\(subscription)&limit=10&starting_after=\(firstPage.ids.last ?? "")")
        #expect(Set(firstPage.ids + rest.ids).count == 12)
        #expect(rest["has_more"] as? Bool == false)
    }

    @Test func collectionSettingsAndDefaultFields() async {
        let (stripe, licensed, _, customer) = await setUp()
        let invoiced = await stripe.send(
            "POST", "/v1/subscriptions",
            "customer=\(customer)&items[0][price]=\(licensed)&collection_method=send_invoice&days_until_due=30"
        )
        #expect(invoiced.string("collection_method") == "send_invoice")
        #expect(invoiced["days_until_due"] as? Int == 30)
        #expect(invoiced["discounts"] as? [Any] != nil)
        #expect(invoiced["latest_invoice"] is NSNull)
        let item = items(invoiced).first
        #expect((item?["plan"] as? [String: Any])?["amount"] as? Int == 1000)
        #expect(item?["tax_rates"] as? [Any] != nil)
        let missing = await stripe.send(
            "POST", "/v1/subscriptions",
            "customer=\(customer)&items[0][price]=\(licensed)&collection_method=send_invoice")
        #expect(missing.error("code") == "parameter_missing")
        #expect(missing.error("param") == "days_until_due")
        let misplaced = await stripe.send(
            "POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(licensed)&days_until_due=30")
        #expect(misplaced.error("param") == "days_until_due")
        let customerJSON = await stripe.send("GET", "/v1/customers/\(customer)")
        #expect(customerJSON.string("tax_exempt") == "none")
        #expect(customerJSON.string("invoice_prefix")?.count == 8)
    }

    @Test func archivedPricesCannotBeSubscribed() async {
        let (stripe, licensed, _, customer) = await setUp()
        await stripe.send("POST", "/v1/prices/\(licensed)", "active=false")
        let answer = await stripe.send(
            "POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(licensed)")
        #expect(answer.status == 400)
        #expect(answer.error("param") == "items[0][price]")
    }

    @Test func customersAndBalanceTransactions() async {
        let (stripe, _, _, customer) = await setUp()
        #expect(await stripe.send("GET", "/v1/customers", "email=a%40example.com").ids == [customer])
        let credit = await stripe.send(
            "POST", "/v1/customers/\(customer)/balance_transactions",
            "amount=-500&currency=usd&description=Migration")
        #expect(credit.string("object") == "customer_balance_transaction")
        #expect(credit["ending_balance"] as? Int == -500)
        #expect(credit.string("type") == "adjustment")
        let other = await stripe.send(
            "POST", "/v1/customers/\(customer)/balance_transactions", "amount=100&currency=eur")
        #expect(other.error("param") == "currency")
        #expect(await stripe.send("GET", "/v1/customers/\(customer)")["balance"] as? Int == -500)
        #expect(
            await stripe.send("GET", "/v1/customers/\(customer)/balance_transactions").ids == [
                credit.string("id") ?? ""
            ])
    }

    @Test func deletedCustomersRetrieveAsStubs() async {
        let (stripe, _, _, customer) = await setUp()
        #expect(await stripe.send("DELETE", "/v1/customers/\(customer)")["deleted"] as? Bool == true)
        let stub = await stripe.send("GET", "/v1/customers/\(customer)")
        #expect(stub.status == 200)
        #expect(stub["deleted"] as? Bool == true)
        #expect(await stripe.send("POST", "/v1/customers/\(customer)", "name=B").status == 404)
        #expect(await stripe.send("GET", "/v1/customers").ids == [])
    }

    @Test func webhookSecretOnlyOnCreateAndEventsChecked() async {
        let stripe = Harness()
        let created = await stripe.send(
            "POST", "/v1/webhook_endpoints",
            "url=https%3A%2F%2Fexample.com%2Fhook&enabled_events[]=invoice.paid&enabled_events[]=customer.subscription.updated&metadata[tariff_key]=main"
        )
        #expect(created.status == 200)
        #expect(created.string("secret")?.hasPrefix("whsec_") == true)
        let id = created.string("id") ?? ""
        #expect(await stripe.send("GET", "/v1/webhook_endpoints/\(id)")["secret"] == nil)
        #expect(await stripe.send("GET", "/v1/webhook_endpoints").ids == [id])
        let bad = await stripe.send(
            "POST", "/v1/webhook_endpoints",
            "url=https%3A%2F%2Fexample.com&enabled_events[]=*&enabled_events[]=invoice.payed")
        #expect(bad.error("param") == "enabled_events[1]")
        let disabled = await stripe.send(
            "POST", "/v1/webhook_endpoints/\(id)", "disabled=true&enabled_events[]=*")
        #expect(disabled.string("status") == "disabled")
        #expect(disabled["secret"] == nil)
        #expect(
            await stripe.send("POST", "/v1/webhook_endpoints/\(id)", "api_version=2024-06-20").error("param")
                == "api_version")
        #expect(await stripe.send("DELETE", "/v1/webhook_endpoints/\(id)")["deleted"] as? Bool == true)
        let url = "url=https%3A%2F%2Fexample.com&enabled_events[]=*"
        #expect(
            await stripe.send("POST", "/v1/webhook_endpoints", "\(url)&api_version=2026-10-28.endive").string(
                "api_version") == "2026-10-28.endive")
        #expect(
            await stripe.send("POST", "/v1/webhook_endpoints", "\(url)&api_version=2025-03-31.basil").status
                == 200)
        #expect(
            await stripe.send("POST", "/v1/webhook_endpoints", "\(url)&api_version=2019-13-01").error("param")
                == "api_version")
    }
}
