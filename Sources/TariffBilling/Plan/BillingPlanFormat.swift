import Foundation

/// The billing plan as text (terminals), markdown (pull requests) or the versioned JSON
/// document (`kind: billing_plan`).
package enum BillingPlanFormat: String, Sendable, CaseIterable {
    case text, markdown, json

    /// The plan in this format, ending with a newline.
    package func render(_ plan: BillingPlan) throws -> String {
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
        case .text: return Self.text(plan)
        case .markdown: return Self.markdown(plan)
        }
    }

    /// One line counting what the plan does.
    package static func summary(_ plan: BillingPlan) -> String {
        guard plan.hasChanges else { return "No changes. Subscriptions and credits match the config." }
        let voids = plan.voids.count
        let count = { (action: ThresholdChange.Action) in plan.thresholds.filter { $0.action == action }.count
        }
        let thresholds = count(.set) == 1 ? "threshold" : "thresholds"
        let credits = plan.credits.count == 1 ? "credit" : "credits"
        return "Billing plan: \(count(.set)) \(thresholds) to set, \(count(.change)) to change, "
            + "\(count(.remove)) to remove; \(plan.credits.count) \(credits) to give, \(voids) to void."
    }

    private static func text(_ plan: BillingPlan) -> String {
        var lines = [summary(plan)]
        if !plan.thresholds.isEmpty {
            lines.append("")
            lines.append("Pay as you go (subscription billing_thresholds):")
            for change in plan.thresholds {
                lines.append(
                    "  \(symbol(change.action)) \(change.subscription) (\(change.customer))  \(describe(change))"
                )
                lines.append("      \(change.address)" + (change.location.map { "  at \($0)" } ?? ""))
            }
        }
        if !plan.credits.isEmpty {
            lines.append("")
            lines.append("Prepaid credits (one per paid invoice line):")
            for credit in plan.credits {
                lines.append(
                    "  + \(credit.invoiceLine) (\(credit.invoice), \(credit.customer))  \(describe(credit))")
                lines.append("      \(credit.address)  at \(credit.location)")
            }
        }
        if !plan.voids.isEmpty {
            lines.append("")
            lines.append("Credit grants to void (the purchase was reversed):")
            for void in plan.voids {
                lines.append(
                    "  - \(void.grant) (\(void.invoiceLine), \(void.invoice), \(void.customer))  \(describe(void))"
                )
                lines.append("      \(void.address)  at \(void.location)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdown(_ plan: BillingPlan) -> String {
        var lines = ["### Billing plan", "", summary(plan)]
        if !plan.thresholds.isEmpty {
            lines += [
                "", "| action | subscription | customer | change | config |",
                "| --- | --- | --- | --- | --- |",
            ]
            for change in plan.thresholds {
                let config = "`\(change.address)`" + (change.location.map { " (`\($0)`)" } ?? "")
                lines.append(
                    "| \(change.action.rawValue) | `\(change.subscription)` | `\(change.customer)` | "
                        + "\(describe(change)) | \(config) |")
            }
        }
        if !plan.credits.isEmpty {
            lines += [
                "", "| invoice line | invoice | customer | credit | config |",
                "| --- | --- | --- | --- | --- |",
            ]
            for credit in plan.credits {
                lines.append(
                    "| `\(credit.invoiceLine)` | `\(credit.invoice)` | `\(credit.customer)` | \(describe(credit)) "
                        + "| `\(credit.address)` (`\(credit.location)`) |")
            }
        }
        if !plan.voids.isEmpty {
            lines += [
                "", "| void grant | invoice line | invoice | customer | why | config |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
            for void in plan.voids {
                lines.append(
                    "| `\(void.grant)` | `\(void.invoiceLine)` | `\(void.invoice)` | `\(void.customer)` | "
                        + "\(describe(void)) | `\(void.address)` (`\(void.location)`) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func symbol(_ action: ThresholdChange.Action) -> String {
        switch action {
        case .set: "+"
        case .change: "~"
        case .remove: "-"
        }
    }

    /// `none -> amount_gte 50000`.
    private static func describe(_ change: ThresholdChange) -> String {
        "\(change.current?.description ?? "none") -> \(change.wanted?.description ?? "none")"
    }

    /// `void credit grant: invoice line credited by cn_…; forfeits 15000 usd`.
    private static func describe(_ void: CreditVoid) -> String {
        let why =
            switch void.reason {
            case .creditNote: "invoice line credited by \(void.creditNotes.joined(separator: ", "))"
            case .invoiceVoid: "invoice voided"
            }
        let forfeits = void.remaining.map { "forfeits \($0) \(void.currency)" } ?? "forfeits what is left"
        return "void credit grant: \(why); \(forfeits)"
    }

    /// `credit grant 15000 usd (paid, priority 10, all metered prices, expires 2027-12-02T…Z)`.
    private static func describe(_ credit: CreditCreation) -> String {
        let amount = "\(credit.amount) \(credit.currency)"
        guard credit.mechanism == .creditGrant else { return "customer balance credit \(amount)" }
        let scope = credit.prices.map { "prices \($0.joined(separator: ", "))" } ?? "all metered prices"
        let expiry =
            credit.expiresAt.map {
                "expires "
                    + ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval($0)))
            } ?? "never expires"
        return "credit grant \(amount) (\(credit.category), priority \(credit.priority), \(scope), \(expiry))"
    }
}
