import Foundation
import TariffBilling
import TariffConfig
import TariffStripe

/// Reads what billing planning needs from Stripe, through list endpoints: subscriptions
/// (`status=all`), prices (for `applies_to` ids), paid and void invoices account-wide with every
/// line, credit notes account-wide (`BillingAccount+Credits.swift`), and, per customer with a
/// granting purchase, its credit grants and balance transactions.
struct BillingAccount {
    let client: StripeClient
    let config: Config

    private var namespace: String? { config.stripe.namespace?.value }

    /// The plan, and the purchases that cannot be credited (or whose grant is not voided) without
    /// a person.
    func plan() async throws -> (plan: BillingPlan, problems: [CreditPlanner.Problem]) {
        let prices = try await client.listAllPrices()
        var priceKeys: [String: String] = [:]
        var priceIDs: [String: String] = [:]
        for price in prices {
            guard let key = managedKey(price.metadata) else { continue }
            priceKeys[price.id] = key
            if price.active || priceIDs[key] == nil { priceIDs[key] = price.id }
        }
        let thresholds = PaygPlanner.plan(products: config.products, subscriptions: try await subscriptions())
        let granting = config.prices.contains { $0.grants != nil }
        guard granting else { return (BillingPlan(thresholds: thresholds), []) }
        let lines = try await purchaseLines(priceKeys: priceKeys)
        let standings = CreditVoidPlanner.standings(lines: lines, creditNotes: try await creditNoteLines())
        let grantingKeys = Set(config.prices.filter { $0.grants != nil }.map { "\($0.productKey).\($0.key)" })
        let customers = Set(lines.filter { $0.priceKey.map(grantingKeys.contains) ?? false }.map(\.customer))
        var credited: Set<String> = []
        var given: [GivenGrant] = []
        for customer in customers.sorted() {
            let found = try await credits(customer: customer)
            credited.formUnion(found.lines)
            given += found.grants
        }
        let now = Int(Date().timeIntervalSince1970)
        let (credits, problems) = CreditPlanner.plan(
            products: config.products, lines: lines, credited: credited, priceIDs: priceIDs, now: now,
            standings: standings)
        given = try await withRemaining(given, reversed: standings, now: now)
        let (voids, kept) = CreditVoidPlanner.plan(
            products: config.products, lines: lines, standings: standings, grants: given, now: now)
        return (BillingPlan(thresholds: thresholds, credits: credits, voids: voids), problems + kept)
    }

    /// `product.price` of a price this config manages (its `tariff_key` under this namespace).
    private func managedKey(_ metadata: [String: String]?) -> String? {
        guard let key = metadata?["tariff_key"], !key.isEmpty else { return nil }
        let liveNamespace = metadata?["tariff_namespace"].flatMap { $0.isEmpty ? nil : $0 }
        return liveNamespace == namespace ? key : nil
    }

    /// Every subscription with its managed price keys, threshold and `tariff_payg` marker.
    private func subscriptions() async throws -> [PaygSubscription] {
        var query = StripeForm()
        query.append("status", .string("all"))
        let live = try await client.listAll(
            "/v1/subscriptions", query: query, as: BillingObjects.Subscription.self)
        var result: [PaygSubscription] = []
        for subscription in live {
            var items = subscription.items.data
            if subscription.items.hasMore {
                var itemQuery = StripeForm()
                itemQuery.append("subscription", .string(subscription.id))
                items = try await client.listAll(
                    "/v1/subscription_items", query: itemQuery, as: BillingObjects.Subscription.Item.self)
            }
            let owner = subscription.metadata?[PaygPlanner.ownerField].flatMap { $0.isEmpty ? nil : $0 }
            result.append(
                PaygSubscription(
                    id: subscription.id, customer: subscription.customer.id, status: subscription.status,
                    managedPriceKeys: items.compactMap { managedKey($0.price.metadata) },
                    threshold: subscription.billingThresholds, owner: owner))
        }
        return result
    }

    /// Every line of every paid invoice and of every void one (account-wide, lines paged when an
    /// invoice has more).
    private func purchaseLines(priceKeys: [String: String]) async throws -> [PaidInvoiceLine] {
        var result: [PaidInvoiceLine] = []
        for status in ["paid", "void"] {
            var query = StripeForm()
            query.append("status", .string(status))
            let invoices = try await client.listAll(
                "/v1/invoices", query: query, as: BillingObjects.Invoice.self)
            for invoice in invoices {
                var lines = invoice.lines.data
                if invoice.lines.hasMore {
                    lines = try await client.listAll(
                        StripePath.make("/v1/invoices", invoice.id, "lines"), as: BillingObjects.Line.self)
                }
                for line in lines {
                    result.append(
                        PaidInvoiceLine(
                            invoice: invoice.id, line: line.id, customer: invoice.customer.id,
                            priceKey: line.priceID.flatMap { priceKeys[$0] }, currency: line.currency,
                            quantity: line.quantity ?? 0,
                            paidAt: invoice.statusTransitions?.paidAt ?? invoice.created,
                            amount: line.amount ?? 0,
                            invoiceStatus: status))
                }
            }
        }
        return result
    }
}
