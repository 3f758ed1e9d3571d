import Foundation
import TariffBilling
import TariffConfig
import TariffStripe

/// Reads what `tariff revenue` needs through list endpoints only: customers, subscriptions
/// (`status=all`, each item's price embedded with its `tariff_key`, so prices need no list of
/// their own) and the invoices created in the period, account-wide. A subscription with more
/// than a page of items costs one `subscription_items` list more.
struct RevenueAccount {
    let client: StripeClient
    let config: Config

    /// The parts of a subscription the report reads.
    struct Subscription: StripeIdentifiable {
        struct Item: StripeIdentifiable {
            var id: String
            var price: BillingObjects.PriceRef
            var quantity: Int?
        }

        var id: String
        var customer: StripeExpandable<StripeObjectReference>
        var status: String
        var currency: String
        var items: StripeList<Item>
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

    /// Everything the report aggregates, for invoices created in `period`.
    func read(period: RevenuePeriod) async throws -> RevenueInput {
        let field = config.idMapping.companyID.value
        let customers = try await client.listAllCustomers().map { customer in
            RevenueInput.Customer(id: customer.id, company: Self.company(of: customer, field: field))
        }
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
        return RevenueInput(customers: customers, subscriptions: subscriptions, invoices: invoices)
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
