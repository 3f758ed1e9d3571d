import TariffStripe

/// Turns a plan's actions into apply steps, in stage order.
///
/// One action can give several steps in different stages: a price replacement creates the new
/// price (prices), repoints the product's default price (default prices) and archives the old one
/// (archives); a migration gives one step per subscription. Steps are deduplicated by id, so a
/// default price named both by a product's change and by a replacement is set once.
package enum ApplyStepBuilder {
    /// The steps of `plan`, sorted by stage, then wave, then plan order.
    package static func steps(for plan: Plan) -> [ApplyStep] {
        var steps: [ApplyStep] = []
        var seen: Set<String> = []
        for action in plan.actions {
            for step in Self.steps(for: action) where seen.insert(step.id).inserted {
                steps.append(step)
            }
        }
        steps += scheduleSteps(plan)
        return steps.enumerated()
            .sorted {
                ($0.element.stage, $0.element.wave, $0.offset) < (
                    $1.element.stage, $1.element.wave, $1.offset
                )
            }
            .map(\.element)
    }

    /// The steps of one action.
    static func steps(for action: PlanAction) -> [ApplyStep] {
        switch action.resource {
        case .meter: meterSteps(action)
        case .product: productSteps(action)
        case .price: priceSteps(action)
        case .webhookEndpoint: webhookSteps(action)
        case .subscription: migrationSteps(action)
        }
    }

    private static func step(
        _ action: PlanAction, _ what: String, stage: PlanStep? = nil, wave: Int = 0, _ summary: String,
        _ operation: ApplyOperation
    ) -> ApplyStep {
        let stage = stage ?? action.step
        return ApplyStep(
            id: "\(stage.name)/\(action.address.path)/\(what)", stage: stage, wave: wave,
            address: action.address,
            summary: summary, operation: operation)
    }

    private static func meterSteps(_ action: PlanAction) -> [ApplyStep] {
        let address = action.address.path
        guard case .meter(let meter)? = action.desired else {
            guard action.kind == .archive, let id = action.liveID else { return [] }
            return [
                step(
                    action, "deactivate", stage: .archives, wave: Wave.meters, "deactivate meter \(address)",
                    .deactivateMeter(id: id))
            ]
        }
        switch action.kind {
        case .create:
            return [step(action, "create", "create meter \(address)", .createMeter(meter))]
        case .replace:
            var steps = [
                step(
                    action, "create", stage: .meters, "create replacement meter \(address)",
                    .createMeter(meter))
            ]
            if let old = action.replacement, old.archivesOld {
                steps.append(
                    step(
                        action, "deactivate-old", stage: .archives, wave: Wave.meters,
                        "deactivate old meter \(address)", .deactivateMeter(id: old.oldID)))
            }
            return steps
        case .archive:
            guard let id = action.liveID else { return [] }
            return [
                step(
                    action, "deactivate", stage: .archives, wave: Wave.meters, "deactivate meter \(address)",
                    .deactivateMeter(id: id))
            ]
        case .update, .adopt, .migrate:
            guard let id = action.liveID else { return [] }
            let changes = ApplyChanges.meter(meter, changes: action.changes)
            guard !changes.isEmpty else { return [] }
            return [
                step(
                    action, "update", "update meter \(address)",
                    .updateMeter(id: id, displayName: changes.displayName, reactivate: changes.reactivate))
            ]
        }
    }

    private static func productSteps(_ action: PlanAction) -> [ApplyStep] {
        let address = action.address.path
        if action.kind == .update, let productID = action.liveID,
            action.changes.contains(where: { $0.field == .product(.defaultPrice) && $0.after == nil })
        {
            // The default price is unset: removed from the YAML, or archived by this plan.
            return [defaultPriceStep(product: action.address, productID: productID, price: nil)]
        }
        guard case .product(let product)? = action.desired else {
            guard action.kind == .archive, let id = action.liveID else { return [] }
            return [
                step(
                    action, "archive", stage: .archives, wave: Wave.products, "archive product \(address)",
                    .archiveProduct(id: id))
            ]
        }
        let changes = ApplyChanges.product(product, changes: action.changes, adopt: action.kind == .adopt)
        var steps: [ApplyStep] = []
        switch action.kind {
        case .create:
            steps.append(
                step(action, "create", stage: .products, "create product \(address)", .createProduct(product))
            )
        case .archive:
            if let id = action.liveID {
                steps.append(
                    step(
                        action, "archive", stage: .archives, wave: Wave.products,
                        "archive product \(address)", .archiveProduct(id: id)))
            }
            return steps
        case .update, .adopt, .replace, .migrate:
            if let id = action.liveID, !changes.update.isEmpty, action.step != .defaultPrices {
                steps.append(
                    step(
                        action, "update", stage: .products, "update product \(address)",
                        .updateProduct(id: id, changes.update)))
            }
        }
        let wantsDefault = action.kind == .create || changes.setsDefaultPrice || action.step == .defaultPrices
        if wantsDefault, let price = product.defaultPrice {
            steps.append(defaultPriceStep(product: action.address, productID: action.liveID, price: price))
        }
        return steps
    }

    /// Repoints a product's default price; its id depends only on the product, so two reasons to
    /// repoint the same product give one step.
    private static func defaultPriceStep(
        product: ResourceAddress, productID: String?, price: ResourceAddress?
    )
        -> ApplyStep
    {
        ApplyStep(
            id: "\(PlanStep.defaultPrices.name)/\(product.path)/default-price", stage: .defaultPrices,
            address: product,
            summary: price.map { "set default price of \(product.path) to \($0.path)" }
                ?? "unset the default price of \(product.path)",
            operation: .setDefaultPrice(product: product, productID: productID, price: price))
    }

    private static func priceSteps(_ action: PlanAction) -> [ApplyStep] {
        let address = action.address.path
        guard case .price(let price)? = action.desired else {
            guard action.kind == .archive, let id = action.liveID else { return [] }
            return [
                step(
                    action, "archive", stage: .archives, wave: Wave.prices, "archive price \(address)",
                    .archivePrice(id: id))
            ]
        }
        switch action.kind {
        case .create:
            return [
                step(
                    action, "create", stage: .prices, "create price \(address)",
                    .createPrice(price, replacing: nil))
            ]
        case .replace:
            let old = action.replacement
            var steps = [
                step(
                    action, "create-replacement", stage: .prices, "create replacement price \(address)",
                    .createPrice(price, replacing: old?.oldID ?? action.liveID))
            ]
            if old?.repointsDefaultPrice == true {
                steps.append(
                    defaultPriceStep(
                        product: .product(price.productKey), productID: nil, price: action.address))
            }
            if let old, old.archivesOld {
                steps.append(
                    step(
                        action, "archive-old", stage: .archives, wave: Wave.prices,
                        "archive old price \(address)", .archivePrice(id: old.oldID)))
            }
            return steps
        case .archive:
            guard let id = action.liveID else { return [] }
            return [
                step(
                    action, "archive", stage: .archives, wave: Wave.prices, "archive price \(address)",
                    .archivePrice(id: id))
            ]
        case .update, .adopt, .migrate:
            guard let id = action.liveID else { return [] }
            let changes = ApplyChanges.price(price, changes: action.changes, adopt: action.kind == .adopt)
            return [
                step(
                    action, "update", stage: .prices, "update price \(address)", .updatePrice(id: id, changes)
                )
            ]
        }
    }

    private static func webhookSteps(_ action: PlanAction) -> [ApplyStep] {
        let label = "webhook endpoint \(action.label)"
        guard case .webhook(let webhook)? = action.desired else {
            guard action.kind == .archive, let id = action.liveID else { return [] }
            return [
                step(
                    action, "disable", stage: .archives, wave: Wave.webhooks, "disable \(label)",
                    .disableWebhook(id: id))
            ]
        }
        switch action.kind {
        case .create, .replace:
            var steps = [step(action, "create", stage: .webhook, "create \(label)", .createWebhook(webhook))]
            if action.kind == .replace, let old = action.replacement, old.archivesOld {
                steps.append(
                    step(
                        action, "disable-old", stage: .archives, wave: Wave.webhooks, "disable old \(label)",
                        .disableWebhook(id: old.oldID)))
            }
            return steps
        case .archive:
            guard let id = action.liveID else { return [] }
            return [
                step(
                    action, "disable", stage: .archives, wave: Wave.webhooks, "disable \(label)",
                    .disableWebhook(id: id))
            ]
        case .update, .adopt, .migrate:
            guard let id = action.liveID else { return [] }
            let changes = ApplyChanges.webhook(webhook, changes: action.changes, adopt: action.kind == .adopt)
            return [
                step(action, "update", stage: .webhook, "update \(label)", .updateWebhook(id: id, changes))
            ]
        }
    }

    private static func migrationSteps(_ action: PlanAction) -> [ApplyStep] {
        guard let migration = action.migration else { return [] }
        return migration.items.compactMap { item in
            let summary = "move \(item.subscriptionID) to \(migration.toPrice.path)"
            switch migration.policy {
            case .grandfather:
                return nil
            case .migrateNow:
                return step(
                    action, item.subscriptionID, stage: .migrations, summary + " now",
                    .migrateNow(
                        item, from: migration.fromPriceID, to: migration.toPrice,
                        proration: migration.proration))
            case .migrateAtPeriodEnd:
                return nil
            }
        }
    }

    /// One schedule step per subscription for every `migrate_at_period_end` item on it, after the
    /// immediate migrations (a schedule copies the subscription's items as they are then).
    private static func scheduleSteps(_ plan: Plan) -> [ApplyStep] {
        var order: [String] = []
        var moves: [String: [ScheduledMove]] = [:]
        var details: [String: (hasSchedule: Bool, proration: StripeProrationBehavior)] = [:]
        for action in plan.actions {
            guard let migration = action.migration, migration.policy == .migrateAtPeriodEnd else { continue }
            for item in migration.items {
                if moves[item.subscriptionID] == nil { order.append(item.subscriptionID) }
                moves[item.subscriptionID, default: []].append(
                    ScheduledMove(
                        itemID: item.itemID, from: migration.fromPriceID, to: migration.toPrice,
                        keepsQuantity: item.quantity != nil))
                let known = details[item.subscriptionID]
                details[item.subscriptionID] = (
                    (known?.hasSchedule ?? false) || item.hasSchedule, known?.proration ?? migration.proration
                )
            }
        }
        return order.map { subscription in
            let list = moves[subscription] ?? []
            let targets = list.map(\.to.path).joined(separator: ", ")
            return ApplyStep(
                id: "\(PlanStep.migrations.name)/\(subscription)/schedule", stage: .migrations, wave: 1,
                address: ResourceAddress("subscriptions.\(subscription)"),
                summary: "schedule \(subscription) to move to \(targets) at period end",
                operation: .migrateAtPeriodEnd(
                    subscriptionID: subscription, hasSchedule: details[subscription]?.hasSchedule ?? false,
                    moves: list,
                    proration: details[subscription]?.proration ?? .createProrations))
        }
    }

    /// Waves of the archives stage: a price before its product, meters once no price needs them.
    enum Wave {
        static let prices = 0
        static let products = 1
        static let meters = 2
        static let webhooks = 3
    }
}
