import Foundation
import TariffBilling
import TariffConfig
import TariffStripe

/// Reads what `tariff revenue` needs through list endpoints: customers, subscriptions
/// (`status=all`, each item's price embedded with its `tariff_key` and meter, so prices need no
/// list of their own), the invoices created in the period and the credit grants, account-wide. A
/// subscription with more than a page of items costs one `subscription_items` list more. Where
/// Stripe has no list, one call per customer: the credit balance summary of each customer holding
/// a live grant, and (without a usage store) the meter event summaries of each metered item
/// (``RevenueUsageReader``).
struct RevenueAccount {
    let client: StripeClient
    let config: Config

    /// The parts of a subscription the report reads.
    struct Subscription: StripeIdentifiable {
        struct Item: StripeIdentifiable {
            /// The embedded price: its id, `tariff_key` metadata and meter.
            struct Price: Decodable, Sendable {
                struct Recurring: Decodable, Sendable { var meter: String? }
                var id: String
                var metadata: [String: String]?
                var recurring: Recurring?
            }

            var id: String
            var price: Price
            var quantity: Int?
            var currentPeriodStart: Int?
            var currentPeriodEnd: Int?

            enum CodingKeys: String, CodingKey {
                case id, price, quantity
                case currentPeriodStart = "current_period_start"
                case currentPeriodEnd = "current_period_end"
            }
        }

        var id: String
        var customer: StripeExpandable<StripeObjectReference>
        var status: String
        var currency: String
        var items: StripeList<Item>
        /// The period on API versions before basil, which kept it on the subscription.
        var currentPeriodStart: Int?
        var currentPeriodEnd: Int?

        enum CodingKeys: String, CodingKey {
            case id, customer, status, currency, items
            case currentPeriodStart = "current_period_start"
            case currentPeriodEnd = "current_period_end"
        }
    }

    /// The parts of an invoice the report reads.
    struct Invoice: StripeIdentifiable {
        var id: String
        var customer: StripeExpandable<StripeObjectReference>
        var status: String?
        var currency: String
        var total: Int
        var amountRemaining: Int
        var created: Int

        enum CodingKeys: String, CodingKey {
            case id, customer, status, currency, created, total
            case amountRemaining = "amount_remaining"
        }
    }

    private var namespace: String? { config.stripe.namespace?.value }

    /// Everything the report aggregates, for invoices created in `period`; usage so far is read
    /// by `usage` (the store at `storePath`, or Stripe's summaries).
    func read(period: RevenuePeriod, usage: RevenueUsageReader) async throws -> RevenueInput {
        let field = config.idMapping.companyID.value
        let customers = try await client.listAllCustomers().map { customer in
            RevenueInput.Customer(id: customer.id, company: Self.company(of: customer, field: field))
        }
        let companyOf = Dictionary(
            customers.map { ($0.id, $0.company) }, uniquingKeysWith: { first, _ in first })
        var metered: [RevenueUsageReader.MeteredItem] = []
        var query = StripeForm()
        query.append("status", .string("all"))
        var subscriptions: [RevenueInput.Subscription] = []
        for subscription in try await client.listAll("/v1/subscriptions", query: query, as: Subscription.self)
        {
            var items = subscription.items.data
            if subscription.items.hasMore {
                var itemQuery = StripeForm()
                itemQuery.append("subscription", .string(subscription.id))
                items = try await client.listAll(
                    "/v1/subscription_items", query: itemQuery, as: Subscription.Item.self)
            }
            if RevenueReport.liveStatuses.contains(subscription.status) {
                metered += items.compactMap { item in
                    meteredItem(item, of: subscription, company: companyOf[subscription.customer.id] ?? nil)
                }
            }
            subscriptions.append(
                RevenueInput.Subscription(
                    id: subscription.id, customer: subscription.customer.id, status: subscription.status,
                    currency: subscription.currency,
                    items: items.map { item in
                        RevenueInput.Subscription.Item(
                            priceKey: managedKey(item.price.metadata),
                            quantity: item.quantity ?? 1)
                    }))
        }
        var invoiceQuery = StripeForm()
        invoiceQuery.append(
            "created",
            .object([
                StripeFormField("gte", .integer(period.start)), StripeFormField("lt", .integer(period.end)),
            ]))
        let invoices = try await client.listAll("/v1/invoices", query: invoiceQuery, as: Invoice.self).map {
            RevenueInput.Invoice(
                id: $0.id, customer: $0.customer.id, status: $0.status ?? "draft", currency: $0.currency,
                total: $0.total, amountRemaining: $0.amountRemaining, created: $0.created)
        }
        let (readings, source) = try await usage.read(metered)
        return RevenueInput(
            customers: customers, subscriptions: subscriptions, invoices: invoices, usage: readings,
            usageSource: source, creditBalances: try await creditBalances())
    }

    /// A live item on one of the config's metered prices, with its current billing period (the
    /// item's since basil, the subscription's before); nil for any other item.
    private func meteredItem(_ item: Subscription.Item, of subscription: Subscription, company: String?)
        -> RevenueUsageReader.MeteredItem?
    {
        guard let priceKey = managedKey(item.price.metadata), let meterID = item.price.recurring?.meter,
            let price = config.prices.first(where: { "\($0.productKey).\($0.key)" == priceKey }),
            let meterKey = price.meter?.value,
            let start = item.currentPeriodStart ?? subscription.currentPeriodStart,
            let end = item.currentPeriodEnd ?? subscription.currentPeriodEnd, end > start
        else { return nil }
        return RevenueUsageReader.MeteredItem(
            customer: subscription.customer.id, company: company, subscription: subscription.id,
            priceKey: priceKey, meterKey: meterKey, meterID: meterID, currency: subscription.currency,
            periodStart: start, periodEnd: end)
    }

    /// The company id `id_mapping.company_id` reads from `customer`: `customer.id`,
    /// `customer.email` or `customer.metadata.KEY` (the paths the config checker accepts).
    static func company(of customer: StripeCustomer, field: String) -> String? {
        let metadata = "customer.metadata."
        let value: String? =
            switch field {
            case "customer.id": customer.id
            case "customer.email": customer.email
            case _ where field.hasPrefix(metadata): customer.metadata[String(field.dropFirst(metadata.count))]
            default: nil
            }
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `product.price` of a price this config manages (its `tariff_key` under this namespace).
    private func managedKey(_ metadata: [String: String]?) -> String? {
        guard let key = metadata?["tariff_key"], !key.isEmpty else { return nil }
        let liveNamespace = metadata?["tariff_namespace"].flatMap { $0.isEmpty ? nil : $0 }
        return liveNamespace == namespace ? key : nil
    }
}
