import Foundation
import Testing
import TariffSupport
import TariffEmulator
import TariffStripe

@Suite("Client against the emulator: catalog")
struct EmulatorCatalogTests {
    @Test(
        "meter, product with a custom id, tiered metered and decimal prices, read back exactly",
        arguments: EmulatorRoute.allCases)
    func createAndReadBack(route: EmulatorRoute) async throws {
        try await withEmulatorClient(route) { client, _ in
            let account = try await client.retrieveAccount()
            #expect(!account.id.isEmpty)
            let meter = try await client.createMeter(
                MeterCreateParams(displayName: "API calls", eventName: "api_calls", formula: .sum))
            #expect(meter.formula == .sum)
            #expect(meter.customerPayloadKey == "stripe_customer_id")
            let product = try await client.createProduct(
                ProductCreateParams(
                    id: "search api", name: "Search API", metadata: ["tariff_key": "search_api"]),
                idempotencyKey: "create-product")
            #expect(product.id == "search api")
            let tiered = try await client.createPrice(
                PriceCreateParams(
                    product: product.id, currency: "usd", billingScheme: .tiered, tiersMode: .graduated,
                    tiers: [
                        PriceTierParams(upTo: 1000, unitAmount: 0),
                        PriceTierParams(upTo: nil, unitAmountDecimal: MinorUnits(text: "0.25")?.value),
                    ],
                    recurring: PriceRecurringParams(interval: .month, usageType: .metered, meter: meter.id),
                    lookupKey: "search_usage"))
            let decimal = try await client.createPrice(
                PriceCreateParams(
                    product: product.id, currency: "usd", unitAmountDecimal: MinorUnits(text: "0.002")?.value,
                    recurring: PriceRecurringParams(interval: .month, usageType: .metered, meter: meter.id),
                    currencyOptions: ["eur": CurrencyOptionParams(unitAmount: 1)], lookupKey: "search_decimal"
                ))
            #expect(decimal.unitAmount == nil)
            #expect(decimal.unitAmountDecimal == MinorUnits(text: "0.002")?.value)

            let prices = try await client.listAllPrices(product: product.id)
            let readTiered = try #require(prices.first { $0.id == tiered.id })
            #expect(readTiered.tiers?.count == 2)
            #expect(readTiered.tiers?.last?.upTo == nil)
            #expect(readTiered.tiers?.last?.unitAmountDecimal == MinorUnits(text: "0.25")?.value)
            #expect(readTiered.recurring?.meter == meter.id)
            #expect(readTiered.lookupKey == "search_usage")
            let readDecimal = try #require(prices.first { $0.id == decimal.id })
            #expect(readDecimal.currencyOptions?["eur"]?.unitAmount == 1)

            let updated = try await client.updateProduct(
                product.id,
                ProductUpdateParams(
                    defaultPrice: .set(decimal.id),
                    metadata: StripeMetadataPatch(set: ["b": "2"], remove: ["tariff_key"])))
            #expect(updated.metadata == ["b": "2"])
            #expect(updated.defaultPrice?.id == decimal.id)
            let renamed = try await client.updateMeter(meter.id, MeterUpdateParams(displayName: "Calls"))
            #expect(renamed.displayName == "Calls")
            let inactive = try await client.deactivateMeter(meter.id)
            #expect(inactive.status == .inactive)
            #expect(try await client.listAllMeters().map(\.status) == [StripeEnum(.inactive)])
            #expect(try await client.reactivateMeter(meter.id).status == .active)
        }
    }

    @Test(
        "pagination across more than 100 products, with exact request counts",
        arguments: EmulatorRoute.allCases)
    func pagination(route: EmulatorRoute) async throws {
        try await withEmulatorClient(route) { client, _ in
            for index in 0..<230 {
                _ = try await client.createProduct(
                    ProductCreateParams(id: "prod_\(index)", name: "P\(index)", active: index % 41 != 0))
            }
            client.resetRequestCounts()
            let products = try await client.listAllProducts()
            #expect(products.count == 230)
            #expect(Set(products.map(\.id)).count == 230)
            #expect(products.filter { !$0.active }.count == 6)
            // 224 active: pages of 100, 100 and 24; 6 archived: one page.
            #expect(client.requestCounts.byMethod == ["GET": 4])
        }
    }

    @Test(
        "one client shared by concurrent tasks counts every request exactly",
        arguments: EmulatorRoute.allCases)
    func concurrentUse(route: EmulatorRoute) async throws {
        try await withEmulatorClient(route) { client, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        _ = try await client.createProduct(ProductCreateParams(id: "c\(index)", name: "C"))
                        _ = try await client.retrieveProduct("c\(index)")
                    }
                }
                try await group.waitForAll()
            }
            #expect(client.requestCounts.byMethod == ["POST": 40, "GET": 40])
            #expect(try await client.listAllProducts().count == 40)
        }
    }

    @Test("Stripe's refusals arrive as typed errors with their param", arguments: EmulatorRoute.allCases)
    func refusals(route: EmulatorRoute) async throws {
        try await withEmulatorClient(route) { client, _ in
            let missing = await stripeError { _ = try await client.retrieveProduct("nope") }
            #expect(missing?.kind == .notFound)
            #expect(missing?.code == "resource_missing")
            #expect(missing?.requestID?.hasPrefix("req_") == true)

            _ = try await client.createProduct(ProductCreateParams(id: "p", name: "P"))
            let duplicate = await stripeError {
                _ = try await client.createProduct(ProductCreateParams(id: "p", name: "P"))
            }
            #expect(duplicate?.kind == .invalidRequest)
            #expect(duplicate?.code == "resource_already_exists")

            let price = try await client.createPrice(
                PriceCreateParams(product: "p", currency: "usd", unitAmount: 100, lookupKey: "k"))
            let taken = await stripeError {
                _ = try await client.createPrice(
                    PriceCreateParams(product: "p", currency: "usd", unitAmount: 200, lookupKey: "k"))
            }
            #expect(taken?.kind == .invalidRequest)
            #expect(taken?.param == "lookup_key")
            let moved = try await client.createPrice(
                PriceCreateParams(
                    product: "p", currency: "usd", unitAmount: 200, lookupKey: "k", transferLookupKey: true))
            #expect(moved.lookupKey == "k")
            #expect(try await client.retrievePrice(price.id).lookupKey == nil)

            var immutable = StripeForm()
            immutable.append("unit_amount", .integer(5))
            let refused = await stripeError {
                let _: StripePrice = try await client.post(
                    StripePath.make("/v1/prices", price.id), form: immutable)
            }
            #expect(refused?.kind == .invalidRequest)
            #expect(refused?.param == "unit_amount")

            let reusedKey = await stripeError {
                _ = try await client.createCustomer(
                    CustomerCreateParams(email: "a@example.com"), idempotencyKey: "same")
                _ = try await client.createCustomer(
                    CustomerCreateParams(email: "b@example.com"), idempotencyKey: "same")
            }
            #expect(reusedKey?.kind == .idempotency)
        }
    }

    @Test(
        "a wrong key is a 401 and a restricted key without plan_write a 403 naming it",
        arguments: EmulatorRoute.allCases)
    func keys(route: EmulatorRoute) async throws {
        let wrong = try await withEmulatorClient(route, key: "sk_test_") { client, _ in
            await stripeError { _ = try await client.listAllProducts() }
        }
        #expect(wrong?.kind == .authentication)

        let restricted = "rk_test_readonly123"
        let configuration = StripeEmulator.Configuration(
            restrictedKeyPermissions: [restricted: ["product_read", "plan_read"]])
        try await withEmulatorClient(route, key: restricted, configuration: configuration) { client, _ in
            let prices = try await client.listAllPrices()
            #expect(prices.isEmpty)
            let denied = await stripeError {
                _ = try await client.createPrice(
                    PriceCreateParams(product: "p", currency: "usd", unitAmount: 1))
            }
            #expect(denied?.kind == .permissionDenied("plan_write"))
            #expect(denied?.description.contains("'plan_write'") == true)
            #expect(denied?.description.contains(restricted) == false)
        }
    }
}
