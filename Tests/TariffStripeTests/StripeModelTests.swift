import Foundation
import Testing
import TariffSupport
import TariffStripe

@Suite("Decoding Stripe objects")
struct StripeModelTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test("a tiered metered price with expanded tiers, currency options and unknown fields")
    func tieredPrice() throws {
        let price = try decode(
            StripePrice.self,
            """
            {"id": "price_1", "object": "price", "active": true, "billing_scheme": "tiered", "created": 1767225600,
             "currency": "usd", "livemode": false, "lookup_key": "search_usage", "metadata": {"tariff_key": "search_usage"},
             "nickname": "Search", "product": "search_api", "tax_behavior": "unspecified", "tiers_mode": "graduated",
             "tiers": [{"up_to": 1000, "unit_amount": 0, "unit_amount_decimal": "0", "flat_amount": 500, "flat_amount_decimal": "500"},
                       {"up_to": null, "unit_amount": null, "unit_amount_decimal": "0.25", "flat_amount": null, "flat_amount_decimal": null}],
             "recurring": {"interval": "month", "interval_count": 1, "usage_type": "metered", "meter": "mtr_1", "trial_period_days": null},
             "currency_options": {"eur": {"unit_amount": null, "unit_amount_decimal": "0.000000000001", "tax_behavior": "exclusive"}},
             "transform_quantity": null, "type": "recurring", "unit_amount": null, "unit_amount_decimal": null,
             "custom_unit_amount": null, "brand_new_field": {"nested": [1, 2]}}
            """)
        #expect(price.product.id == "search_api")
        #expect(price.billingScheme == .tiered)
        #expect(price.tiersMode == .graduated)
        #expect(price.tiers?.count == 2)
        #expect(price.tiers?[0].upTo == 1000)
        #expect(price.tiers?[0].flatAmount == 500)
        #expect(price.tiers?[1].upTo == nil)
        #expect(price.tiers?[1].unitAmountDecimal == MinorUnits(text: "0.25")?.value)
        #expect(price.recurring?.usageType == .metered)
        #expect(price.recurring?.meter == "mtr_1")
        #expect(price.currencyOptions?["eur"]?.unitAmountDecimal == MinorUnits(text: "0.000000000001")?.value)
        #expect(price.currencyOptions?["eur"]?.taxBehavior == .exclusive)
        #expect(price.unitAmount == nil)
        #expect(price.lookupKey == "search_usage")
        #expect(price.metadata == ["tariff_key": "search_usage"])
        #expect(price.type == .recurring)
    }

    @Test("unknown enum values decode and are kept")
    func unknownEnums() throws {
        let price = try decode(
            StripePrice.self,
            """
            {"id": "price_2", "product": "p", "currency": "usd", "billing_scheme": "per_mille", "unit_amount": 1,
             "unit_amount_decimal": "1", "recurring": {"interval": "fortnight", "usage_type": "metered_v3"},
             "tax_behavior": "sometimes", "transform_quantity": {"divide_by": 1000, "round": "nearest"}}
            """)
        #expect(price.billingScheme.known == nil)
        #expect(price.billingScheme.rawValue == "per_mille")
        #expect(price.recurring?.interval.rawValue == "fortnight")
        #expect(price.recurring?.intervalCount == 1)
        #expect(price.taxBehavior?.rawValue == "sometimes")
        #expect(price.transformQuantity?.divideBy == 1000)
        #expect(price.transformQuantity?.round.rawValue == "nearest")
        #expect(price.unitAmountDecimal == 1)
    }

    @Test("a product with an expanded default price, and one with an id")
    func products() throws {
        let expanded = try decode(
            StripeProduct.self,
            """
            {"id": "search_api", "name": "Search API", "active": true, "description": null, "metadata": {"a": "b"},
             "default_price": {"id": "price_1", "product": "search_api", "currency": "usd", "unit_amount": 4900,
                               "unit_amount_decimal": "4900"},
             "tax_code": {"id": "txcd_10000000", "object": "tax_code"}, "unit_label": "call", "type": "service",
             "created": 1, "updated": 2, "livemode": true}
            """)
        #expect(expanded.defaultPrice?.id == "price_1")
        #expect(expanded.defaultPrice?.object?.unitAmount == 4900)
        #expect(expanded.taxCode == "txcd_10000000")
        #expect(expanded.livemode)
        let plain = try decode(
            StripeProduct.self, #"{"id": "p2", "name": "P", "active": false, "default_price": "price_9"}"#)
        #expect(plain.defaultPrice == .id("price_9"))
        #expect(!plain.active)
        #expect(plain.metadata.isEmpty)
    }

    @Test("a meter with its aggregation and mappings")
    func meter() throws {
        let meter = try decode(
            StripeMeter.self,
            """
            {"id": "mtr_1", "object": "billing.meter", "display_name": "API calls", "event_name": "api_calls",
             "status": "inactive", "default_aggregation": {"formula": "sum"},
             "customer_mapping": {"event_payload_key": "stripe_customer_id", "type": "by_id"},
             "value_settings": {"event_payload_key": "value"}, "event_time_window": null,
             "status_transitions": {"deactivated_at": 5}, "created": 3, "livemode": false}
            """)
        #expect(meter.status == .inactive)
        #expect(meter.formula == .sum)
        #expect(meter.customerPayloadKey == "stripe_customer_id")
        #expect(meter.valuePayloadKey == "value")
        #expect(meter.eventTimeWindow == nil)
    }

    @Test("a webhook endpoint's secret decodes but never prints")
    func webhookSecret() throws {
        let endpoint = try decode(
            StripeWebhookEndpoint.self,
            """
            {"id": "we_1", "url": "https://hooks.example.com", "enabled_events": ["invoice.paid"], "status": "enabled",
             "metadata": {}, "api_version": null, "secret": "whsec_supersecretvalue", "description": null}
            """)
        #expect(endpoint.secret?.revealed == "whsec_supersecretvalue")
        var dumped = ""
        dump(endpoint, to: &dumped)
        for text in [String(describing: endpoint), String(reflecting: endpoint), dumped] {
            #expect(!text.contains("supersecret"))
        }
    }

    @Test("a subscription with an embedded item list, and a balance transaction")
    func subscription() throws {
        let subscription = try decode(
            StripeSubscription.self,
            """
            {"id": "sub_1", "customer": "cus_1", "status": "past_due", "schedule": null, "metadata": {}, "created": 9,
             "items": {"object": "list", "has_more": true, "url": "/v1/subscription_items?subscription=sub_1",
                       "data": [{"id": "si_1", "quantity": 3, "current_period_end": 1769904000,
                                 "price": {"id": "price_1", "product": "p", "currency": "usd", "unit_amount": 4900,
                                           "unit_amount_decimal": "4900", "recurring": {"interval": "month"}}}]}}
            """)
        #expect(subscription.status == .pastDue)
        #expect(subscription.customer.id == "cus_1")
        #expect(subscription.items.hasMore)
        #expect(subscription.items.data.first?.quantity == 3)
        #expect(subscription.items.data.first?.price.unitAmountDecimal == 4900)
        #expect(subscription.items.data.first?.currentPeriodEnd == 1_769_904_000)
        let transaction = try decode(
            StripeCustomerBalanceTransaction.self,
            #"{"id": "cbtxn_1", "amount": -1500, "currency": "usd", "customer": "cus_1", "type": "adjustment", "ending_balance": -1500, "created": 1}"#
        )
        #expect(transaction.amount == -1500)
        #expect(transaction.type == .adjustment)
    }

    @Test("a malformed decimal is a decoding error, not a silent zero")
    func badDecimal() {
        #expect(throws: DecodingError.self) {
            try decode(
                StripePrice.self,
                #"{"id": "p", "product": "x", "currency": "usd", "unit_amount_decimal": "1,5"}"#)
        }
    }
}
