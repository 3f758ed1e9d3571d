import Foundation
import Testing
import TariffStripe

@Suite("Client requests and pagination")
struct StripeClientRequestTests {
    @Test("GET carries auth and version, no idempotency key; POST carries a form body and one")
    func headers() async throws {
        let transport = ScriptedTransport([
            .json(200, #"{"id": "acct_1", "livemode": false}"#),
            .json(200, Fixture.product("search_api")),
        ])
        let client = makeClient(transport)
        let account = try await client.retrieveAccount()
        #expect(account.id == "acct_1")
        _ = try await client.createProduct(
            ProductCreateParams(id: "search_api", name: "Search"), idempotencyKey: "plan-1-step-2")
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests[0].method == "GET")
        #expect(requests[0].path == "/v1/account")
        #expect(requests[0].headers["authorization"] == "Bearer \(testKeyText)")
        #expect(requests[0].headers["stripe-version"] == "2026-07-29.dahlia")
        #expect(requests[0].headers["idempotency-key"] == nil)
        #expect(requests[0].body.isEmpty)
        #expect(requests[1].method == "POST")
        #expect(requests[1].path == "/v1/products")
        #expect(requests[1].headers["idempotency-key"] == "plan-1-step-2")
        #expect(requests[1].headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(requests[1].bodyText == "id=search_api&name=Search")
    }

    @Test("a POST without a caller key gets a fresh random one each call")
    func randomIdempotencyKeys() async throws {
        let transport = ScriptedTransport([], fallback: .json(200, #"{"id": "cus_1"}"#))
        let client = makeClient(transport)
        _ = try await client.createCustomer(CustomerCreateParams(email: "a@example.com"))
        _ = try await client.createCustomer(CustomerCreateParams(email: "a@example.com"))
        let keys = transport.requests.compactMap { $0.headers["idempotency-key"] }
        #expect(keys.count == 2)
        #expect(Set(keys).count == 2)
        #expect(keys.allSatisfy { $0.count >= 32 })
    }

    @Test("every request carries the pinned Stripe-Version when none is configured")
    func pinnedVersionByDefault() async throws {
        let transport = ScriptedTransport([], fallback: .json(200, #"{"id": "acct_1"}"#))
        let client = makeClient(transport, apiVersion: nil)
        _ = try await client.retrieveAccount()
        _ = try await client.createCustomer(CustomerCreateParams(email: "a@example.com"))
        _ = try await client.delete("/v1/customers/cus_1", as: IDProbe.self)
        #expect(client.configuration.apiVersion == "2026-10-28.endive")
        #expect(transport.requests.count == 3)
        #expect(transport.requests.allSatisfy { $0.headers["stripe-version"] == "2026-10-28.endive" })
    }

    @Test("listAll follows starting_after across pages and counts the requests")
    func pagination() async throws {
        let pages: [String: String] = [
            "active=true&limit=100": Fixture.list(
                [Fixture.product("p5"), Fixture.product("p4")], hasMore: true, url: "/v1/products"),
            "active=true&limit=100&starting_after=p4": Fixture.list(
                [Fixture.product("p3"), Fixture.product("p2")], hasMore: true, url: "/v1/products"),
            "active=true&limit=100&starting_after=p2": Fixture.list(
                [Fixture.product("p1")], hasMore: false, url: "/v1/products"),
            "active=false&limit=100": Fixture.list(
                [Fixture.product("old", active: false)], hasMore: false, url: "/v1/products"),
        ]
        let transport = ScriptedTransport { request in
            pages[request.query].map { .json(200, $0) } ?? .json(404, "{}")
        }
        let client = makeClient(transport)
        let products = try await client.listAllProducts()
        #expect(products.map(\.id) == ["p5", "p4", "p3", "p2", "p1", "old"])
        #expect(transport.requests.map(\.query).sorted() == pages.keys.sorted())
        let activePages = transport.requests.map(\.query).filter { $0.hasPrefix("active=true") }
        #expect(
            activePages == [
                "active=true&limit=100", "active=true&limit=100&starting_after=p4",
                "active=true&limit=100&starting_after=p2",
            ])
        #expect(client.requestCounts.total == 4)
        #expect(client.requestCounts.byMethod == ["GET": 4])
        #expect(client.requestCounts.retries == 0)
    }

    @Test("prices are listed active and archived with tiers and currency options expanded")
    func priceListing() async throws {
        let empty = Fixture.list([], hasMore: false, url: "/v1/prices")
        let transport = ScriptedTransport([.json(200, empty), .json(200, empty)])
        _ = try await makeClient(transport).listAllPrices()
        #expect(
            transport.requests.map(\.query).sorted() == [
                "active=false&expand[]=data.tiers&expand[]=data.currency_options&limit=100",
                "active=true&expand[]=data.tiers&expand[]=data.currency_options&limit=100",
            ])
    }

    @Test("subscriptions are listed with status=all and the price filter; meters unfiltered")
    func otherListings() async throws {
        let empty = Fixture.list([], hasMore: false, url: "/v1/x")
        let transport = ScriptedTransport([], fallback: .json(200, empty))
        let client = makeClient(transport)
        _ = try await client.listAllSubscriptions(price: "price_1", expand: ["data.customer"])
        _ = try await client.listAllMeters()
        _ = try await client.listAllWebhookEndpoints()
        _ = try await client.listAllCustomers(email: "a@example.com")
        _ = try await client.listAllSubscriptionItems(subscription: "sub_1")
        #expect(
            transport.requests.map { "\($0.path)?\($0.query)" } == [
                "/v1/subscriptions?price=price_1&status=all&expand[]=data.customer&limit=100",
                "/v1/billing/meters?limit=100",
                "/v1/webhook_endpoints?limit=100",
                "/v1/customers?email=a%40example.com&limit=100",
                "/v1/subscription_items?subscription=sub_1&limit=100",
            ])
    }

    @Test("typed writes go to the right paths, ids percent-encoded")
    func typedWritePaths() async throws {
        let meter = #"{"id": "mtr_1", "event_name": "e", "default_aggregation": {"formula": "sum"}}"#
        let transport = ScriptedTransport([
            .json(200, Fixture.product("pro plan")),
            .json(200, meter), .json(200, meter), .json(200, meter),
            .json(200, #"{"id": "we_1", "deleted": true}"#),
            .json(200, #"{"id": "cbtxn_1", "amount": -5, "currency": "usd", "customer": "cus_1"}"#),
        ])
        let client = makeClient(transport)
        _ = try await client.updateProduct("pro plan", ProductUpdateParams(active: false))
        _ = try await client.updateMeter("mtr_1", MeterUpdateParams(displayName: "Calls"))
        _ = try await client.deactivateMeter("mtr_1")
        _ = try await client.reactivateMeter("mtr_1")
        let deleted = try await client.deleteWebhookEndpoint("we_1")
        _ = try await client.createCustomerBalanceTransaction(
            customer: "cus_1", CustomerBalanceTransactionCreateParams(amount: -5, currency: "usd"))
        #expect(deleted.deleted)
        #expect(
            transport.requests.map { "\($0.method) \($0.path) \($0.bodyText)" } == [
                "POST /v1/products/pro%20plan active=false",
                "POST /v1/billing/meters/mtr_1 display_name=Calls",
                "POST /v1/billing/meters/mtr_1/deactivate ",
                "POST /v1/billing/meters/mtr_1/reactivate ",
                "DELETE /v1/webhook_endpoints/we_1 ",
                "POST /v1/customers/cus_1/balance_transactions amount=-5&currency=usd",
            ])
        #expect(client.requestCounts.byMethod == ["POST": 5, "DELETE": 1])
    }

    @Test("price create and update ask for tiers and currency options in the response")
    func priceWrites() async throws {
        let price =
            #"{"id": "price_1", "product": "p", "currency": "usd", "unit_amount": 100, "unit_amount_decimal": "100"}"#
        let transport = ScriptedTransport([.json(200, price), .json(200, price)])
        let client = makeClient(transport)
        _ = try await client.createPrice(PriceCreateParams(product: "p", currency: "usd", unitAmount: 100))
        _ = try await client.updatePrice("price_1", PriceUpdateParams(active: false))
        #expect(
            transport.requests.map(\.bodyText) == [
                "product=p&currency=usd&unit_amount=100&expand[]=tiers&expand[]=currency_options",
                "active=false&expand[]=tiers&expand[]=currency_options",
            ])
    }
}

/// Any answer with an id, for requests whose decoded shape a test does not care about.
private struct IDProbe: Decodable, Sendable {
    var id: String
}
