import TariffSupport
import TariffStripe

/// A SHA-256 digest of everything a plan would send, the seed of its idempotency keys.
///
/// It covers the plan's context (account, mode, API version, namespace, config digest, prune), the
/// fingerprint of every live object it read, and each step's id with the exact form it would send
/// (addresses standing in for ids created during the apply). Two plans with the same digest send
/// the same requests, so replaying a stored answer for one is correct for the other.
package enum PlanDigest {
    /// The digest of `plan` as 64 hex digits.
    package static func compute(_ plan: Plan) -> String {
        compute(plan, steps: ApplyStepBuilder.steps(for: plan))
    }

    static func compute(_ plan: Plan, steps: [ApplyStep]) -> String {
        let context = plan.context
        var lines = [
            "account=\(context.accountID ?? "")", "mode=\(context.mode.rawValue)",
            "api_version=\(context.apiVersion ?? "")", "namespace=\(context.namespace ?? "")",
            "config=\(context.configDigest)", "prune=\(context.prune)",
        ]
        lines += plan.fingerprints.sorted().map {
            "fingerprint \($0.resource.rawValue) \($0.id) \($0.digest)"
        }
        lines += steps.map { "step \($0.id) \(canonical($0.operation))" }
        return SHA256Hex.digest(of: lines.joined(separator: "\n"))
    }

    /// The form a step would send, ids of new objects written as their addresses.
    static func canonical(_ operation: ApplyOperation) -> String {
        let placeholder: ApplyParams.Resolve = { $0.path }
        switch operation {
        case .createMeter(let meter): return ApplyParams.meter(meter).stripeForm.encoded
        case .updateMeter(let id, let name, let reactivate): return "\(id) \(name ?? "") \(reactivate)"
        case .deactivateMeter(let id), .archiveProduct(let id), .archivePrice(let id),
            .disableWebhook(let id):
            return id
        case .createProduct(let product): return ApplyParams.product(product).stripeForm.encoded
        case .updateProduct(let id, let changes):
            return id + " " + ApplyParams.productUpdate(changes).stripeForm.encoded
        case .createPrice(let price, let replacing):
            let form = (try? ApplyParams.price(price, productID: price.productKey, resolve: placeholder))?
                .stripeForm.encoded
            return (replacing ?? "") + " " + (form ?? "")
        case .updatePrice(let id, let changes):
            return id + " " + ApplyParams.priceUpdate(changes).stripeForm.encoded
        case .setDefaultPrice(let product, let productID, let price):
            return "\(product.path) \(productID ?? "") \(price?.path ?? "(unset)")"
        case .createWebhook(let webhook): return ApplyParams.webhook(webhook).stripeForm.encoded
        case .updateWebhook(let id, let changes):
            return id + " " + ApplyParams.webhookUpdate(changes).stripeForm.encoded
        case .migrateNow(let item, let from, let to, let proration):
            return
                "\(item.subscriptionID) \(item.itemID) \(item.quantity.map(String.init) ?? "-") \(from) \(to.path) \(proration.rawValue)"
        case .migrateAtPeriodEnd(let subscription, let hasSchedule, let moves, let proration):
            let list = moves.map {
                "\($0.itemID):\($0.from)>\($0.to.path)\($0.keepsQuantity ? "" : "/no-quantity")"
            }
            .joined(separator: ",")
            return "\(subscription) \(hasSchedule) \(list) \(proration.rawValue)"
        }
    }
}
