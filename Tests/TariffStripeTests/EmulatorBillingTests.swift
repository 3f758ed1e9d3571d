import Foundation
import Testing
import TariffEmulator
import TariffStripe

@Suite("Client against the emulator: webhooks, subscriptions, faults")
struct EmulatorBillingTests {
    @Test(
        "a webhook secret comes back on create only; update and delete work",
        arguments: EmulatorRoute.allCases)
    func webhooks(route: EmulatorRoute) async throws {
        try await withEmulatorClient(route) { client, _ in
            let created = try await client.createWebhookEndpoint(
                WebhookEndpointCreateParams(
                    url: "https://hooks.example.com/stripe?app_id=123",
                    enabledEvents: ["customer.created", "invoice.paid"],
                    metadata: ["tariff_namespace": "acme"]))
            #expect(created.secret?.revealed.hasPrefix("whsec_") == true)
            let listed = try await client.listAllWebhookEndpoints()
            #expect(listed.map(\.id) == [created.id])
            #expect(listed.first?.secret == nil)
            #expect(listed.first?.url == "https://hooks.example.com/stripe?app_id=123")
            let updated = try await client.updateWebhookEndpoint(
                created.id, WebhookEndpointUpdateParams(enabledEvents: ["invoice.paid"], disabled: true))
            #expect(updated.enabledEvents == ["invoice.paid"])
            #expect(updated.status == .disabled)
            #expect(try await client.deleteWebhookEndpoint(created.id).deleted)
            #expect(try await client.listAllWebhookEndpoints().isEmpty)
        }
    }

    @Test(
        "subscriptions: create, list by price with status=all, swap an item keeping its quantity",
        arguments: EmulatorRoute.allCases)
    func subscriptions(route: EmulatorRoute) async throws {
        try await withEmulatorClient(route) { client, _ in
            _ = try await client.createProduct(ProductCreateParams(id: "pro", name: "Pro"))
            let old = try await client.createPrice(
                PriceCreateParams(
                    product: "pro", currency: "usd", unitAmount: 4900,
                    recurring: PriceRecurringParams(interval: .month)))
            let new = try await client.createPrice(
                PriceCreateParams(
                    product: "pro", currency: "usd", unitAmount: 5900,
                    recurring: PriceRecurringParams(interval: .month)))
            let customer = try await client.createCustomer(
                CustomerCreateParams(email: "ops+billing@example.com", metadata: ["company_id": "42"]))
            let subscription = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: customer.id, items: [SubscriptionItemParams(price: old.id, quantity: 3)]))
            #expect(subscription.status == .active)
            #expect(subscription.items.data.first?.quantity == 3)

            let onOld = try await client.listAllSubscriptions(price: old.id)
            #expect(onOld.map(\.id) == [subscription.id])
            let item = try #require(onOld.first?.items.data.first)
            let swapped = try await client.updateSubscription(
                subscription.id,
                SubscriptionUpdateParams(
                    items: [SubscriptionItemParams(id: item.id, price: new.id, quantity: item.quantity)],
                    prorationBehavior: .noProrations))
            #expect(swapped.items.data.first?.price.id == new.id)
            #expect(swapped.items.data.first?.quantity == 3)
            let reset = try await client.updateSubscriptionItem(
                item.id, SubscriptionItemUpdateParams(price: old.id))
            #expect(reset.quantity == 1)
            #expect(
                try await client.listAllSubscriptionItems(subscription: subscription.id).map(\.price.id) == [
                    old.id
                ])
            #expect(
                try await client.listAllCustomers(email: "ops+billing@example.com").map(\.id) == [customer.id]
            )
            let credit = try await client.createCustomerBalanceTransaction(
                customer: customer.id, CustomerBalanceTransactionCreateParams(amount: -1500, currency: "usd"),
                idempotencyKey: "credit-1")
            #expect(credit.amount == -1500)
        }
    }

    @Test(
        "429 on every third request: everything still succeeds, through retries",
        arguments: EmulatorRoute.allCases)
    func rateLimitFault(route: EmulatorRoute) async throws {
        let configuration = StripeEmulator.Configuration(faults: EmulatorFaults(rateLimitEvery: 3))
        let sleeps = SleepRecorder()
        try await withEmulatorClient(route, configuration: configuration, sleeps: sleeps) { client, _ in
            for index in 0..<10 {
                _ = try await client.createProduct(ProductCreateParams(id: "p\(index)", name: "P"))
            }
            #expect(try await client.listAllProducts().count == 10)
            #expect(client.requestCounts.retries > 0)
            #expect(sleeps.delays.count == client.requestCounts.retries)
        }
    }

    @Test("429 lock_timeout on every second request is retried", arguments: EmulatorRoute.allCases)
    func lockTimeoutFault(route: EmulatorRoute) async throws {
        let configuration = StripeEmulator.Configuration(faults: EmulatorFaults(lockTimeoutEvery: 2))
        try await withEmulatorClient(route, configuration: configuration) { client, _ in
            let product = try await client.createProduct(
                ProductCreateParams(id: "locked", name: "L"), idempotencyKey: "lock-1")
            let renamed = try await client.updateProduct(product.id, ProductUpdateParams(name: "Renamed"))
            #expect(renamed.name == "Renamed")
            #expect(client.requestCounts.retries >= 1)
        }
    }

    @Test(
        "a subscription with more items than Stripe embeds is completed by paging its items",
        arguments: EmulatorRoute.allCases)
    func manyItems(route: EmulatorRoute) async throws {
        try await withEmulatorClient(route) { client, _ in
            _ = try await client.createProduct(ProductCreateParams(id: "addons", name: "Add-ons"))
            var items: [SubscriptionItemParams] = []
            for index in 0..<12 {
                let price = try await client.createPrice(
                    PriceCreateParams(
                        product: "addons", currency: "usd", unitAmount: 100 + index,
                        recurring: PriceRecurringParams(interval: .month)))
                items.append(SubscriptionItemParams(price: price.id, quantity: 1))
            }
            let customer = try await client.createCustomer(CustomerCreateParams(email: "many@example.com"))
            let subscription = try await client.createSubscription(
                SubscriptionCreateParams(customer: customer.id, items: items))
            #expect(subscription.items.hasMore)
            #expect(subscription.items.data.count < 12)
            let all = try await client.listAllSubscriptionItems(subscription: subscription.id)
            #expect(Set(all.map(\.price.id)) == Set(items.compactMap(\.price)))
        }
    }

    @Test("5xx on every other request is retried", arguments: EmulatorRoute.allCases)
    func serverErrorFault(route: EmulatorRoute) async throws {
        let configuration = StripeEmulator.Configuration(faults: EmulatorFaults(serverErrorEvery: 2))
        try await withEmulatorClient(route, configuration: configuration) { client, _ in
            let meter = try await client.createMeter(
                MeterCreateParams(displayName: "M", eventName: "m", formula: .count))
            #expect(try await client.retrieveMeter(meter.id).eventName == "m")
            #expect(client.requestCounts.retries >= 1)
        }
    }

    @Test(
        "a dropped connection after the write: the retry replays it, nothing is duplicated",
        arguments: EmulatorRoute.allCases)
    func dropAfterCommit(route: EmulatorRoute) async throws {
        let configuration = StripeEmulator.Configuration(faults: EmulatorFaults(dropAfterCommitEvery: 1))
        try await withEmulatorClient(route, configuration: configuration, maxRetries: 2) { client, emulator in
            let customer = try await client.createCustomer(
                CustomerCreateParams(email: "x@example.com"), idempotencyKey: "seed-1")
            #expect(client.requestCounts.byMethod["POST"] == 2)
            let all = try await client.listAllCustomers()
            #expect(all.map(\.id) == [customer.id])
        }
    }

    // As in StripeRetryTests.timeout: a generous bound (other tests' CPU delays the timers on a
    // busy machine) and a time limit that fails a hang.
    @Test(
        "latency beyond the request timeout is a timeout, retried, then reported",
        .timeLimit(.minutes(1)), arguments: EmulatorRoute.allCases)
    func slowAnswers(route: EmulatorRoute) async throws {
        let configuration = StripeEmulator.Configuration(faults: EmulatorFaults(latency: .milliseconds(400)))
        let started = ContinuousClock.now
        let error = try await withEmulatorClient(
            route, configuration: configuration, maxRetries: 1, timeout: .milliseconds(100)
        ) { client, _ in
            await stripeError { _ = try await client.retrieveAccount() }
        }
        #expect(error?.kind == .timedOut)
        #expect(error?.attempts == 2)
        #expect(ContinuousClock.now - started < .seconds(45))
    }

    @Test("over loopback, a closed port is a connection failure naming the base URL")
    func connectionRefused() async throws {
        let transport = AsyncHTTPTransport(baseURL: "http://127.0.0.1:1")
        let client = makeClient(transport, maxRetries: 1, baseURL: "http://127.0.0.1:1")
        let error = await stripeError { _ = try await client.retrieveAccount() }
        try await transport.shutdown()
        guard case .connectionFailed = error?.kind else {
            Issue.record("expected a connection failure, got \(String(describing: error))")
            return
        }
        #expect(error?.attempts == 2)
        #expect(error?.description.contains("http://127.0.0.1:1") == true)
    }
}
