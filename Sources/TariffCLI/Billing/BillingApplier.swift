import TariffBilling
import TariffStripe

/// Writes a billing plan to Stripe, one request per change, each with an idempotency key
/// derived from the change, so a retried or re-run apply replays instead of duplicating.
struct BillingApplier {
    let client: StripeClient

    /// What an apply wrote, and the changes Stripe refused (each independent of the others, so
    /// one refusal does not hold the rest back).
    struct Outcome {
        var written = 0
        /// `file:line:col` (or the product address) and what failed.
        var failures: [(location: String, message: String)] = []
    }

    /// Applies every change in order (thresholds, credits, then voids with
    /// `POST /v1/billing/credit_grants/{id}/void`), continuing past refused ones.
    func apply(_ plan: BillingPlan) async -> Outcome {
        var outcome = Outcome()
        for change in plan.thresholds {
            do {
                try await apply(change)
                outcome.written += 1
            } catch {
                outcome.failures.append(
                    (change.location ?? change.address, "cannot update \(change.subscription): \(error)"))
            }
        }
        for credit in plan.credits {
            do {
                try await apply(credit)
                outcome.written += 1
            } catch {
                outcome.failures.append((credit.location, "cannot credit \(credit.invoiceLine): \(error)"))
            }
        }
        for void in plan.voids {
            do {
                let _: BillingObjects.Marked = try await client.post(
                    StripePath.make("/v1/billing/credit_grants", void.grant, "void"), form: StripeForm(),
                    idempotencyKey: void.idempotencyKey)
                outcome.written += 1
            } catch {
                outcome.failures.append((void.location, "cannot void \(void.grant): \(error)"))
            }
        }
        return outcome
    }

    /// `POST /v1/subscriptions/{id}` with the wanted `billing_thresholds` and the
    /// `tariff_payg` marker, or `billing_thresholds=` and an emptied marker on remove.
    private func apply(_ change: ThresholdChange) async throws {
        var form = StripeForm()
        if let wanted = change.wanted {
            form.append(
                "billing_thresholds",
                .object([
                    StripeFormField("amount_gte", .integer(wanted.amountGTE)),
                    StripeFormField("reset_billing_cycle_anchor", .bool(wanted.resetBillingCycleAnchor)),
                ]))
            let owner =
                change.address.hasPrefix("products.") ? String(change.address.dropFirst(9)) : change.address
            form.append("metadata", .object([StripeFormField(PaygPlanner.ownerField, .string(owner))]))
        } else {
            form.append("billing_thresholds", .empty)
            form.append("metadata", .object([StripeFormField(PaygPlanner.ownerField, .empty)]))
        }
        let key =
            "tariff-payg-\(change.subscription)-\(Self.keyPart(change.current))-\(Self.keyPart(change.wanted))"
        let _: BillingObjects.Marked = try await client.post(
            StripePath.make("/v1/subscriptions", change.subscription), form: form, idempotencyKey: key)
    }

    /// A threshold in an idempotency key: `none`, `50000` or `50000r` (resetting the anchor).
    private static func keyPart(_ threshold: SpendingThreshold?) -> String {
        guard let threshold else { return "none" }
        return "\(threshold.amountGTE)" + (threshold.resetBillingCycleAnchor ? "r" : "")
    }

    /// `POST /v1/billing/credit_grants`, or a negative customer balance transaction, marked
    /// with the invoice line.
    private func apply(_ credit: CreditCreation) async throws {
        var form = StripeForm()
        let metadata = StripeFormValue.object([
            StripeFormField(CreditCreation.invoiceLineField, .string(credit.invoiceLine)),
            StripeFormField("tariff_invoice", .string(credit.invoice)),
        ])
        switch credit.mechanism {
        case .creditGrant:
            form.append("customer", .string(credit.customer))
            form.append(
                "amount",
                .object([
                    StripeFormField("type", .string("monetary")),
                    StripeFormField(
                        "monetary",
                        .object([
                            StripeFormField("currency", .string(credit.currency)),
                            StripeFormField("value", .integer(credit.amount)),
                        ])),
                ]))
            let scope: StripeFormValue =
                if let prices = credit.prices {
                    .object([
                        StripeFormField(
                            "prices", .indexed(prices.map { .object([StripeFormField("id", .string($0))]) }))
                    ])
                } else {
                    .object([StripeFormField("price_type", .string("metered"))])
                }
            form.append("applicability_config", .object([StripeFormField("scope", scope)]))
            form.append("category", .string(credit.category))
            form.append("priority", .integer(credit.priority))
            form.append("expires_at", ifPresent: credit.expiresAt.map { .integer($0) })
            form.append("name", .string("Credits for \(credit.invoiceLine)"))
            form.append("metadata", metadata)
            let _: BillingObjects.Marked = try await client.post(
                "/v1/billing/credit_grants", form: form, idempotencyKey: credit.idempotencyKey)
        case .customerBalance:
            form.append("amount", .integer(-credit.amount))
            form.append("currency", .string(credit.currency))
            form.append("description", .string("Credits for \(credit.invoiceLine)"))
            form.append("metadata", metadata)
            let _: BillingObjects.Marked = try await client.post(
                StripePath.make("/v1/customers", credit.customer, "balance_transactions"), form: form,
                idempotencyKey: credit.idempotencyKey)
        }
    }
}
