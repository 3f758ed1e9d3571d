package import TariffConfig
import Foundation
import TariffDiagnostics

/// A live subscription as pay as you go planning needs it.
package struct PaygSubscription: Sendable, Hashable {
    package var id: String
    package var customer: String
    /// Stripe's status (`active`, `trialing`, `past_due`, `canceled`, …).
    package var status: String
    /// The `tariff_key` (`product.price`) of each item's price that this config manages.
    package var managedPriceKeys: [String]
    package var threshold: SpendingThreshold?
    /// Metadata `tariff_payg`: the product key whose policy set the threshold; nil when Tariff
    /// did not set it.
    package var owner: String?

    package init(
        id: String, customer: String, status: String, managedPriceKeys: [String],
        threshold: SpendingThreshold?, owner: String?
    ) {
        self.id = id
        self.customer = customer
        self.status = status
        self.managedPriceKeys = managedPriceKeys
        self.threshold = threshold
        self.owner = owner
    }
}

/// Pay as you go (DESIGN.md §10): the threshold changes that make every active subscription on a
/// `payg:` product's managed prices carry the product's `billing_thresholds`, pure.
package enum PaygPlanner {
    /// The subscription metadata key that marks a threshold as Tariff's.
    package static let ownerField = "tariff_payg"

    /// Statuses whose subscriptions still invoice and so get thresholds.
    static let activeStatuses: Set<String> = ["active", "trialing", "past_due"]

    /// The changes, in subscription id order. A subscription on prices of several `payg:`
    /// products takes the first product in declaration order. A threshold Tariff did not set
    /// is replaced when a policy applies and left alone otherwise; one it set (metadata
    /// `tariff_payg`) is removed when no policy applies any more.
    package static func plan(
        products: [Product], subscriptions: [PaygSubscription]
    ) -> [ThresholdChange] {
        var changes: [ThresholdChange] = []
        for subscription in subscriptions.sorted(by: { $0.id < $1.id })
        where activeStatuses.contains(subscription.status) {
            let productKeys = Set(subscription.managedPriceKeys.compactMap { $0.split(separator: ".").first })
            let policy = products.first { product in
                product.payg != nil && productKeys.contains(Substring(product.key))
            }
            if let policy, let payg = policy.payg {
                let wanted = SpendingThreshold(
                    amountGTE: NSDecimalNumber(decimal: payg.threshold.value).intValue,
                    resetBillingCycleAnchor: payg.resetBillingCycleAnchor.value)
                guard subscription.threshold != wanted || subscription.owner != policy.key else { continue }
                changes.append(
                    ThresholdChange(
                        action: subscription.threshold == nil ? .set : .change,
                        address: "products.\(policy.key)", location: payg.range.fileLineColumn,
                        subscription: subscription.id, customer: subscription.customer,
                        current: subscription.threshold, wanted: wanted))
            } else if let owner = subscription.owner, !owner.isEmpty {
                changes.append(
                    ThresholdChange(
                        action: .remove, address: "products.\(owner)", location: nil,
                        subscription: subscription.id, customer: subscription.customer,
                        current: subscription.threshold, wanted: nil))
            }
        }
        return changes
    }
}

extension SourceRange {
    /// `file:line:col` of the start, as plans show addresses in the YAML.
    package var fileLineColumn: String { "\(start.file):\(start.line):\(start.column)" }
}
