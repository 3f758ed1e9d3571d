/// The benchmark's catalog: `products` products of five prices each over `meters` meters, and
/// `subscriptions` subscriptions spread over the products' monthly prices. It writes the YAML and
/// seeds the same objects into an emulator, so the "matching" config plans no change.
struct BenchCatalog {
    var products = 1000
    var meters = 50
    var subscriptions = 20_000
    /// Customers are shared: several subscriptions each.
    var customers = 5000

    /// The config; `changed` raises the usage price of every other product (10% of all prices).
    func yaml(changed: Bool) -> String {
        var text = """
            version: 1
            stripe:
              namespace: bench
            id_mapping:
              company_id: customer.metadata.company_id
            meters:

            """
        for meter in 0..<meters {
            text += """
                  meter_\(meter):
                    display_name: Meter \(meter)
                    event_name: meter_\(meter)
                    metric: { aggregate: count }

                """
        }
        text += "products:\n"
        for product in 0..<products {
            let meter = product % meters
            let usage = changed && product % 2 == 0 ? "0.3" : "0.2"
            text += """
                  product_\(product):
                    name: Product \(product)
                    prices:
                      p\(product)_usage: { nickname: p\(product)_usage, currency: usd, interval: month, meter: meter_\(meter), per_unit: "\(usage)" }
                      p\(product)_tiered:
                        nickname: p\(product)_tiered
                        currency: usd
                        interval: month
                        meter: meter_\(meter)
                        graduated: [{ up_to: 1000, unit_amount: "0" }, { up_to: inf, unit_amount: "0.1" }]
                      p\(product)_fee: { currency: usd, interval: month, flat: 4900 }
                      p\(product)_pack:
                        nickname: p\(product)_pack
                        currency: usd
                        interval: month
                        meter: meter_\(meter)
                        package: { size: 1000, amount: 500, round: up }
                      p\(product)_annual: { currency: usd, interval: year, flat: 49000 }

                """
        }
        return text
    }

    /// The objects of `yaml(changed: false)`, as forms to POST, in dependency order. `meterID`
    /// and `priceID` name objects created earlier (the seeder substitutes their ids).
    func seedMeter(_ meter: Int) -> String {
        "display_name=Meter%20\(meter)&event_name=meter_\(meter)&default_aggregation[formula]=sum"
            + "&customer_mapping[type]=by_id&customer_mapping[event_payload_key]=stripe_customer_id"
            + "&value_settings[event_payload_key]=value"
    }

    func seedProduct(_ product: Int) -> String {
        "id=product_\(product)&name=Product%20\(product)&metadata[tariff_key]=product_\(product)&metadata[tariff_namespace]=bench"
    }

    /// The five prices of `product`, given its meter's id.
    func seedPrices(_ product: Int, meterID: String) -> [String] {
        func common(_ key: String) -> String {
            "product=product_\(product)&currency=usd&lookup_key=\(key)"
                + "&metadata[tariff_key]=product_\(product).\(key)&metadata[tariff_namespace]=bench"
        }
        let metered = "recurring[interval]=month&recurring[usage_type]=metered&recurring[meter]=\(meterID)"
        return [
            common("p\(product)_usage") + "&nickname=p\(product)_usage&unit_amount_decimal=0.2&" + metered,
            common("p\(product)_tiered")
                + "&nickname=p\(product)_tiered&billing_scheme=tiered&tiers_mode=graduated"
                + "&tiers[0][up_to]=1000&tiers[0][unit_amount_decimal]=0&tiers[1][up_to]=inf"
                + "&tiers[1][unit_amount_decimal]=0.1&" + metered,
            common("p\(product)_fee") + "&unit_amount=4900&recurring[interval]=month",
            common("p\(product)_pack")
                + "&nickname=p\(product)_pack&unit_amount=500&transform_quantity[divide_by]=1000"
                + "&transform_quantity[round]=up&" + metered,
            common("p\(product)_annual") + "&unit_amount=49000&recurring[interval]=year",
        ]
    }
}
