import Foundation
import TariffBilling
import TariffStripe

/// Billing credit balances for `tariff revenue`: the account-wide credit grant list says which
/// customers hold credits, then one credit balance summary per such customer (Stripe has no
/// list of balances), metered scope, which every grant falls in.
extension RevenueAccount {
    /// The parts of a credit grant the report reads.
    struct CreditGrant: StripeIdentifiable {
        var id: String
        var customer: StripeExpandable<StripeObjectReference>?
        var voidedAt: Int?

        enum CodingKeys: String, CodingKey {
            case id, customer
            case voidedAt = "voided_at"
        }
    }

    /// `billing.credit_balance_summary`: a balance per currency.
    struct CreditBalanceSummary: Decodable, Sendable {
        struct Amount: Decodable, Sendable {
            struct Monetary: Decodable, Sendable {
                var currency: String
                var value: Int
            }
            var monetary: Monetary?
        }

        struct Balance: Decodable, Sendable {
            var availableBalance: Amount
            var ledgerBalance: Amount

            enum CodingKeys: String, CodingKey {
                case availableBalance = "available_balance"
                case ledgerBalance = "ledger_balance"
            }
        }

        var balances: [Balance]
    }

    /// The balances of every customer with a grant that is not voided (expired grants still cost
    /// a call: their expiry is on the customer's clock, which may be a test clock).
    func creditBalances() async throws -> [RevenueCreditBalance] {
        let grants = try await client.listAll("/v1/billing/credit_grants", as: CreditGrant.self)
        let holders = Set(grants.filter { $0.voidedAt == nil }.compactMap { $0.customer?.id })
        var result: [RevenueCreditBalance] = []
        for customer in holders.sorted() {
            var query = StripeForm()
            query.append("customer", .string(customer))
            query.append(
                "filter",
                .object([
                    StripeFormField("type", .string("applicability_scope")),
                    StripeFormField(
                        "applicability_scope", .object([StripeFormField("price_type", .string("metered"))])),
                ]))
            let summary = try await client.get(
                "/v1/billing/credit_balance_summary", query: query, as: CreditBalanceSummary.self)
            for balance in summary.balances {
                guard let available = balance.availableBalance.monetary else { continue }
                result.append(
                    RevenueCreditBalance(
                        customer: customer, currency: available.currency.lowercased(),
                        available: available.value, ledger: balance.ledgerBalance.monetary?.value ?? 0))
            }
        }
        return result
    }
}
