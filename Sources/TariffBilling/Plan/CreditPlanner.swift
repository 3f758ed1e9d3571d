import Foundation
package import TariffConfig

/// A line of a paid invoice, as prepaid credit planning needs it.
package struct PaidInvoiceLine: Sendable, Hashable {
    package var invoice: String
    package var line: String
    package var customer: String
    /// The `tariff_key` (`product.price`) of the line's price when this config manages it.
    package var priceKey: String?
    package var currency: String
    package var quantity: Int
    /// When the invoice was paid (unix seconds); expiry counts from here.
    package var paidAt: Int
    /// The line's amount in minor units: what credit notes must credit to reverse it.
    package var amount: Int
    /// The invoice's status: `paid`, or `void` for a purchase whose invoice was voided.
    package var invoiceStatus: String

    package init(
        invoice: String, line: String, customer: String, priceKey: String?, currency: String, quantity: Int,
        paidAt: Int, amount: Int = 0, invoiceStatus: String = "paid"
    ) {
        self.invoice = invoice
        self.line = line
        self.customer = customer
        self.priceKey = priceKey
        self.currency = currency
        self.quantity = quantity
        self.paidAt = paidAt
        self.amount = amount
        self.invoiceStatus = invoiceStatus
    }
}

/// Prepaid credits (DESIGN.md §10): one credit per paid purchase of a price that declares
/// `grants:`, pure.
package enum CreditPlanner {
    /// A purchase that cannot be credited yet, and why.
    package struct Problem: Sendable, Hashable {
        package var location: String
        package var message: String
    }

    /// The credits to give: every paid line of a granting price whose id is not in `credited`
    /// (the `tariff_invoice_line` of existing grants and balance transactions, voided ones
    /// included, so a voided credit is never given again). `priceIDs` maps a price's
    /// `tariff_key` to its live Stripe id, for `applies_to` lists; a line whose list names a
    /// price not in Stripe yet is a problem (run `tariff apply` first), not a credit. So is a
    /// purchase whose credit would already have expired at `now` (unix seconds): Stripe refuses
    /// an expiry in the past, and the credit could not be used. Lines of void invoices, and
    /// lines credit notes reversed (`standings`, see ``CreditVoidPlanner``), earn nothing; a
    /// partly credited one is a problem, left to a person.
    package static func plan(
        products: [Product], lines: [PaidInvoiceLine], credited: Set<String>, priceIDs: [String: String],
        now: Int, standings: [String: CreditVoidPlanner.Standing] = [:]
    ) -> (credits: [CreditCreation], problems: [Problem]) {
        var policies: [String: (price: Price, grants: CreditGrantPolicy)] = [:]
        for product in products {
            for price in product.prices {
                if let grants = price.grants { policies["\(product.key).\(price.key)"] = (price, grants) }
            }
        }
        var credits: [CreditCreation] = []
        var problems: [Problem] = []
        for line in lines.sorted(by: { ($0.invoice, $0.line) < ($1.invoice, $1.line) }) {
            guard let key = line.priceKey, let (price, grants) = policies[key], !credited.contains(line.line),
                line.quantity > 0, line.invoiceStatus == "paid"
            else { continue }
            let location = grants.range.fileLineColumn
            switch standings[line.line] {
            case .reversed: continue
            case .partlyCredited(let credited):
                problems.append(
                    Problem(
                        location: location,
                        message: "not crediting \(line.line): credit notes credit \(credited) of its "
                            + "\(line.amount) \(line.currency); give a credit by hand if the rest should earn one"
                    ))
                continue
            case nil: break
            }
            var prices: [String]?
            if case .prices(let references) = grants.appliesTo.value {
                let keys = references.map { "\($0.value.product).\($0.value.price)" }
                let missing = keys.filter { priceIDs[$0] == nil }
                guard missing.isEmpty else {
                    problems.append(
                        Problem(
                            location: location,
                            message: "cannot credit \(line.line): applies_to names prices not in Stripe yet "
                                + "(\(missing.joined(separator: ", "))); run `tariff apply` first"))
                    continue
                }
                prices = keys.compactMap { priceIDs[$0] }
            }
            let expiresAt = grants.expiresAfter.value.map { line.paidAt + Int($0.seconds) }
            if let expiresAt, expiresAt <= now {
                problems.append(
                    Problem(
                        location: location,
                        message: "not crediting \(line.line): its credit would have expired already "
                            + "(paid at \(line.paidAt), expires_after \(grants.expiresAfter.value?.text ?? ""))"
                    ))
                continue
            }
            let perUnit = NSDecimalNumber(decimal: grants.amount.value).intValue
            let mechanism: CreditCreation.Mechanism =
                grants.mechanism.value == .customerBalance ? .customerBalance : .creditGrant
            credits.append(
                CreditCreation(
                    address: "products.\(price.productKey).prices.\(price.key)", location: location,
                    invoice: line.invoice, invoiceLine: line.line, customer: line.customer,
                    mechanism: mechanism,
                    amount: perUnit * line.quantity, currency: price.currency.value,
                    category: grants.category.value.rawValue, priority: grants.priority.value, prices: prices,
                    expiresAt: expiresAt))
        }
        return (credits, problems)
    }
}
