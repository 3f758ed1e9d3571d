package import TariffConfig

/// Reversed purchases (DESIGN.md §10): the credit grants Tariff gave for purchases that no longer
/// stand are voided, pure.
///
/// How a reversal is seen, from Stripe's documentation: a paid invoice is adjusted or refunded
/// with credit notes (https://docs.stripe.com/invoicing/integration/programmatic-credit-notes),
/// whose lines name the invoice line they credit (`lines[].invoice_line_item`, with the
/// `amount` credited) and which are listed account-wide by `GET /v1/credit_notes`; a credit
/// note whose `status` is `void` no longer counts. A refund made on the payment alone
/// (`POST /v1/refunds`) names a charge or payment intent, not an invoice line, so it cannot say
/// which purchase of a multi-line invoice it takes back; Tariff does not read refunds, and a
/// refund meant to reverse a purchase must be recorded with a credit note (which can link the
/// refund, `refunds[]`). A voided invoice (`status=void`, listed with `GET /v1/invoices`)
/// reverses every line; Stripe only voids open or uncollectible invoices, so this applies to
/// grants given for a purchase whose invoice was never paid (by hand, or by another tool).
package enum CreditVoidPlanner {
    /// How far credit notes and voids reversed a purchase.
    package enum Standing: Sendable, Hashable {
        /// The purchase no longer stands: its credit must go.
        case reversed(CreditVoid.Reason, creditNotes: [String])
        /// Credit notes credit part of the line (`credited` minor units): left to a person,
        /// since a grant cannot be lowered, only voided.
        case partlyCredited(Int)
    }

    /// The standing of every line that credit notes or a void touched. A line is reversed when
    /// its invoice is void, or when issued credit notes credit its whole amount.
    package static func standings(
        lines: [PaidInvoiceLine], creditNotes: [CreditNoteLine]
    ) -> [String: Standing] {
        var credited: [String: (amount: Int, notes: Set<String>)] = [:]
        for note in creditNotes where note.status == "issued" {
            credited[note.invoiceLine, default: (0, [])].amount += note.amount
            credited[note.invoiceLine, default: (0, [])].notes.insert(note.creditNote)
        }
        var result: [String: Standing] = [:]
        for line in lines {
            if line.invoiceStatus == "void" {
                result[line.line] = .reversed(.invoiceVoid, creditNotes: [])
            } else if let entry = credited[line.line], entry.amount > 0 {
                result[line.line] =
                    entry.amount >= line.amount
                    ? .reversed(.creditNote, creditNotes: entry.notes.sorted())
                    : .partlyCredited(entry.amount)
            }
        }
        return result
    }

    /// The voids: every live grant (not voided, not expired at `now`) given for a reversed line
    /// of a price that declares `grants:`, unless what is left of it is known to be 0 (used up:
    /// voiding would change nothing). A partly used grant is voided too: its remaining credit is
    /// forfeited. In invoice line order. A live grant of a partly credited line is a problem: it
    /// is left as it is, for a person to decide.
    package static func plan(
        products: [Product], lines: [PaidInvoiceLine], standings: [String: Standing], grants: [GivenGrant],
        now: Int
    ) -> (voids: [CreditVoid], problems: [CreditPlanner.Problem]) {
        var policies: [String: (price: Price, grants: CreditGrantPolicy)] = [:]
        for product in products {
            for price in product.prices {
                if let grants = price.grants { policies["\(product.key).\(price.key)"] = (price, grants) }
            }
        }
        let byLine = Dictionary(lines.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        var voids: [CreditVoid] = []
        var problems: [CreditPlanner.Problem] = []
        for grant in grants where grant.isLive(at: now) && grant.remaining != 0 {
            guard let line = byLine[grant.invoiceLine], let key = line.priceKey,
                let (price, policy) = policies[key]
            else { continue }
            switch standings[line.line] {
            case .reversed(let reason, let notes):
                voids.append(
                    CreditVoid(
                        address: "products.\(price.productKey).prices.\(price.key)",
                        location: policy.range.fileLineColumn, invoice: line.invoice, invoiceLine: line.line,
                        customer: grant.customer, grant: grant.id, reason: reason, creditNotes: notes,
                        remaining: grant.remaining, currency: grant.currency))
            case .partlyCredited(let credited):
                problems.append(
                    CreditPlanner.Problem(
                        location: policy.range.fileLineColumn,
                        message: "not voiding \(grant.id): credit notes credit \(credited) of the "
                            + "\(line.amount) \(line.currency) of \(line.line), not all of it; void the grant by "
                            + "hand (POST /v1/billing/credit_grants/\(grant.id)/void) if the purchase no longer stands"
                    ))
            case nil: break
            }
        }
        let sorted = voids.sorted {
            ($0.invoice, $0.invoiceLine, $0.grant) < ($1.invoice, $1.invoiceLine, $1.grant)
        }
        return (sorted, problems)
    }
}
