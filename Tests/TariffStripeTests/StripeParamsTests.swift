import Foundation
import Testing
import TariffSupport
import TariffStripe

@Suite("Typed parameters")
struct StripeParamsTests {
    private func decimal(_ text: String) -> Decimal {
        MinorUnits(text: text)?.value ?? -1
    }

    @Test("a metered tiered price with currency options and a lookup key transfer")
    func priceCreate() {
        let params = PriceCreateParams(
            product: "search_api", currency: "usd", billingScheme: .tiered, tiersMode: .graduated,
            tiers: [
                PriceTierParams(upTo: 1000, unitAmount: 0, flatAmount: 500),
                PriceTierParams(upTo: nil, unitAmountDecimal: decimal("0.25")),
            ],
            recurring: PriceRecurringParams(interval: .month, usageType: .metered, meter: "mtr_1"),
            currencyOptions: [
                "gbp": CurrencyOptionParams(unitAmount: 800),
                "eur": CurrencyOptionParams(unitAmountDecimal: decimal("0.5"), taxBehavior: .exclusive),
            ],
            lookupKey: "search usage", transferLookupKey: true, nickname: "Search",
            metadata: ["tariff_key": "search_usage", "managed_by": "tariff"])
        #expect(
            params.stripeForm.encoded
                == "product=search_api&currency=usd&billing_scheme=tiered&tiers_mode=graduated"
                + "&tiers[0][up_to]=1000&tiers[0][unit_amount]=0&tiers[0][flat_amount]=500"
                + "&tiers[1][up_to]=inf&tiers[1][unit_amount_decimal]=0.25"
                + "&recurring[interval]=month&recurring[usage_type]=metered&recurring[meter]=mtr_1"
                + "&currency_options[eur][unit_amount_decimal]=0.5&currency_options[eur][tax_behavior]=exclusive"
                + "&currency_options[gbp][unit_amount]=800"
                + "&lookup_key=search%20usage&transfer_lookup_key=true&nickname=Search"
                + "&metadata[managed_by]=tariff&metadata[tariff_key]=search_usage")
    }

    @Test("a per-unit price with transform_quantity")
    func transformQuantity() {
        let params = PriceCreateParams(
            product: "p", currency: "usd", unitAmount: 100,
            recurring: PriceRecurringParams(interval: .year, intervalCount: 1),
            transformQuantity: TransformQuantityParams(divideBy: 1000, round: .up))
        #expect(
            params.stripeForm.encoded
                == "product=p&currency=usd&unit_amount=100&recurring[interval]=year&recurring[interval_count]=1"
                + "&transform_quantity[divide_by]=1000&transform_quantity[round]=up")
    }

    @Test("price update: archive, metadata set and remove, clear currency options")
    func priceUpdate() {
        let params = PriceUpdateParams(
            active: false, lookupKey: "k", transferLookupKey: true,
            metadata: StripeMetadataPatch(set: ["a": "1"], remove: ["gone"]), currencyOptions: .clear)
        #expect(
            params.stripeForm.encoded
                == "active=false&lookup_key=k&transfer_lookup_key=true&metadata[a]=1&metadata[gone]=&currency_options="
        )
    }

    @Test("product create and update, with emptyable fields cleared")
    func products() {
        let create = ProductCreateParams(
            id: "search_api", name: "Search API", metadata: ["tariff_key": "search_api"], unitLabel: "call",
            type: .service)
        #expect(
            create.stripeForm.encoded
                == "id=search_api&name=Search%20API&metadata[tariff_key]=search_api&unit_label=call&type=service"
        )
        let update = ProductUpdateParams(
            description: .clear, defaultPrice: .set("price_9"),
            metadata: StripeMetadataPatch(removeAll: true),
            unitLabel: .set("req"))
        #expect(update.stripeForm.encoded == "description=&default_price=price_9&metadata=&unit_label=req")
    }

    @Test("meter create with mappings, update and webhook endpoints")
    func metersAndWebhooks() {
        let meter = MeterCreateParams(
            displayName: "API calls", eventName: "api_calls", formula: .sum,
            customerPayloadKey: "stripe_customer_id",
            valuePayloadKey: "value")
        #expect(
            meter.stripeForm.encoded
                == "display_name=API%20calls&event_name=api_calls&default_aggregation[formula]=sum"
                + "&customer_mapping[event_payload_key]=stripe_customer_id&customer_mapping[type]=by_id"
                + "&value_settings[event_payload_key]=value")
        #expect(MeterUpdateParams(displayName: "Calls").stripeForm.encoded == "display_name=Calls")
        let hook = WebhookEndpointCreateParams(
            url: "https://hooks.example.com/stripe?app_id=123",
            enabledEvents: ["customer.created", "invoice.paid"],
            metadata: ["tariff_namespace": "acme"], apiVersion: "2026-07-29.dahlia")
        #expect(
            hook.stripeForm.encoded
                == "url=https%3A%2F%2Fhooks.example.com%2Fstripe%3Fapp_id%3D123"
                + "&enabled_events[0]=customer.created&enabled_events[1]=invoice.paid"
                + "&metadata[tariff_namespace]=acme&api_version=2026-07-29.dahlia")
        let hookUpdate = WebhookEndpointUpdateParams(
            enabledEvents: ["*"], description: .clear, disabled: true)
        #expect(hookUpdate.stripeForm.encoded == "enabled_events[0]=%2A&description=&disabled=true")
    }

    @Test("subscription item swaps keep the quantity; balance transactions are signed integers")
    func subscriptions() {
        let update = SubscriptionUpdateParams(
            items: [SubscriptionItemParams(id: "si_1", price: "price_new", quantity: 3)],
            prorationBehavior: .noProrations)
        #expect(
            update.stripeForm.encoded
                == "items[0][id]=si_1&items[0][price]=price_new&items[0][quantity]=3&proration_behavior=none")
        let item = SubscriptionItemUpdateParams(
            price: "price_new", quantity: 2, prorationBehavior: .alwaysInvoice)
        #expect(item.stripeForm.encoded == "price=price_new&quantity=2&proration_behavior=always_invoice")
        let create = SubscriptionCreateParams(
            customer: "cus_1",
            items: [
                SubscriptionItemParams(price: "price_a", quantity: 1),
                SubscriptionItemParams(price: "price_m"),
            ])
        #expect(
            create.stripeForm.encoded
                == "customer=cus_1&items[0][price]=price_a&items[0][quantity]=1&items[1][price]=price_m")
        let credit = CustomerBalanceTransactionCreateParams(
            amount: -1500, currency: "usd", description: "Migration credit")
        #expect(credit.stripeForm.encoded == "amount=-1500&currency=usd&description=Migration%20credit")
        let customer = CustomerCreateParams(email: "a+b@example.com", metadata: ["company_id": "42"])
        #expect(customer.stripeForm.encoded == "email=a%2Bb%40example.com&metadata[company_id]=42")
    }
}
