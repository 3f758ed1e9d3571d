import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// The examples load into the typed model with the values, defaults, order and ranges they say.
@Suite struct ExampleModelTests {
    /// Loads `examples/NAME` with repo-relative paths (tests run in parallel, so no `chdir`).
    static func example(_ name: String) -> LoadedConfig {
        let directory = ConfigTestSupport.repositoryRoot.appendingPathComponent("examples/\(name)")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let inputs = files.compactMap { file -> ConfigSourceFile? in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path)
            else { return nil }
            return ConfigSourceFile(path: "examples/\(name)/\(file)", bytes: Array(data))
        }
        return ConfigLoader.load(inputs: inputs)
    }

    @Test func minimalExampleIsValid() throws {
        let loaded = Self.example("minimal")
        let config = try #require(loaded.config)
        #expect(loaded.diagnostics.diagnostics.isEmpty)
        #expect(ConfigSummary(config).description == "1 product, 1 price, 0 meters, no webhook")
        let price = try #require(config.products.first?.prices.first)
        #expect(price.lookupKey == .defaulted("starter_monthly"))
        #expect(price.active == .defaulted(true))
        #expect(price.onChange.subscribers.value == .grandfather)
        #expect(price.pricing.value == .flat(Located(1900, at: price.pricing.value.flatRange)))
        #expect(config.stripe.apiKey.value == .environment("STRIPE_API_KEY"))
        #expect(config.idMapping.companyID == .defaulted("customer.id"))
    }

    @Test func apiBusinessMergesFiveFilesIntoOneModel() throws {
        let loaded = Self.example("api-business")
        let config = try #require(loaded.config, "\(loaded.diagnostics.diagnostics)")
        #expect(loaded.diagnostics.diagnostics.isEmpty)
        #expect(loaded.inputs.count == 5)
        #expect(config.usage?.window.value == .day)
        #expect(config.usage?.events.fields.time?.value == "request.time")
        #expect(config.meters.map(\.key) == ["api_calls", "data_transfer"])
        #expect(config.products.map(\.key) == ["search_api", "data_export", "credit_pack"])
        #expect(
            config.prices.map(\.key) == [
                "search_usage", "search_enterprise", "platform_fee", "export_per_kb", "export_bundles",
                "credits_100k",
            ])
        #expect(config.products[2].range.file == "examples/api-business/products-credits.yaml")
        #expect(config.stripe.mode.value == .test)
        #expect(config.stripe.namespace?.value == "acme")
        #expect(config.idMapping.companyID.value == "customer.metadata.company_id")
    }

    @Test func webhookGlobsExpandToStripeEvents() throws {
        let config = try #require(Self.example("api-business").config)
        let webhook = try #require(config.stripe.webhook)
        #expect(webhook.events.map(\.value) == ["customer.*", "invoice.*"])
        #expect(webhook.enabledEvents.count == 21 + 17)
        #expect(webhook.enabledEvents.contains("customer.subscription.trial_will_end"))
        #expect(webhook.enabledEvents.contains("invoice.paid"))
        #expect(!webhook.enabledEvents.contains("invoice_payment.paid"))
    }

    @Test func metersKeepMetricAndFilterTree() throws {
        let config = try #require(Self.example("api-business").config)
        let calls = try #require(config.meter(named: "api_calls"))
        #expect(calls.eventName.value == "acme_api_calls")
        #expect(calls.metric.aggregate.value == .count)
        guard case .all(let conditions)? = calls.filter?.value else {
            Issue.record("expected an all filter")
            return
        }
        #expect(conditions.count == 4)
        guard case .condition(let status) = conditions[2].value else {
            Issue.record("expected a condition")
            return
        }
        #expect(status.field.value == "response.status")
        #expect(status.test.value == .range(FilterRange(gte: 200, lt: 300)))
        guard case .not(let negated) = conditions[3].value, case .condition(let header) = negated.value else {
            Issue.record("expected not")
            return
        }
        #expect(header.test.value == .exists(true))
        let transfer = try #require(config.meter(named: "data_transfer"))
        #expect(transfer.metric.field?.value == "response.body_kb")
        #expect(transfer.metric.decimal?.round.value == .up)
        #expect(transfer.metric.decimal?.scale.value == 1)
    }

    @Test func pricesKeepTheirPricingModels() throws {
        let config = try #require(Self.example("api-business").config)
        let search = try #require(config.product(named: "search_api"))
        #expect(search.defaultPrice?.value == "search_usage")
        let usage = try #require(search.price(named: "search_usage"))
        #expect(usage.isMetered && usage.isRecurring)
        #expect(usage.pricing.value.tiers?.map(\.upTo.value) == [10000, 1_000_000, nil])
        #expect(usage.pricing.value.tiers?[1].unitAmount?.value == Decimal(string: "0.2"))
        #expect(usage.currencyOptions.map(\.currency.value) == ["eur"])
        #expect(usage.onChange.subscribers.value == .migrateAtPeriodEnd)
        #expect(usage.onChange.proration.value == ProrationBehavior.none)
        let enterprise = try #require(search.price(named: "search_enterprise"))
        guard case .volume(let tiers) = enterprise.pricing.value else {
            Issue.record("expected volume")
            return
        }
        #expect(tiers.map(\.flatAmount?.value) == [50000, 50000])
        #expect(enterprise.protected.value)
        let bundles = try #require(config.product(named: "data_export")?.price(named: "export_bundles"))
        #expect(
            bundles.pricing.value
                == .package(
                    PackagePricing(
                        size: Located(1000, at: bundles.packageRange("size")),
                        amount: Located(40, at: bundles.packageRange("amount")),
                        round: Located(.up, at: bundles.packageRange("round")))))
        let credits = try #require(config.product(named: "credit_pack")?.price(named: "credits_100k"))
        #expect(!credits.isRecurring)
        #expect(config.product(named: "credit_pack")?.metadata.dictionary == ["credits": "100000"])
    }

    @Test func rangesPointAtTheSource() throws {
        let config = try #require(Self.example("api-business").config)
        let fee = try #require(config.product(named: "search_api")?.price(named: "platform_fee"))
        #expect(fee.keyRange.file == "examples/api-business/products-api.yaml")
        #expect(fee.keyRange.start.line == 38)
        #expect(fee.keyRange.start.column == 7)
        #expect(fee.currency.range?.start.line == 40)
        #expect(fee.currency.range?.start.column == 19)
    }
}

extension PricingModel {
    /// The range of a flat amount, for building expected values.
    var flatRange: SourceRange? {
        if case .flat(let amount) = self { return amount.range }
        return nil
    }
}

extension Price {
    /// The range of a package field, for building expected values.
    func packageRange(_ field: String) -> SourceRange? {
        guard case .package(let package) = pricing.value else { return nil }
        switch field {
        case "size": return package.size.range
        case "amount": return package.amount.range
        default: return package.round.range
        }
    }
}
