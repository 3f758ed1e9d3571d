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

    /// The steps of one action: one exhaustive switch over its operation, so every operation the
    /// planner can produce has its way to Stripe.
    static func steps(for action: PlanAction) -> [ApplyStep] {
        switch action.operation {
        case .create(let object):
            createSteps(action, object)
        case .update(let id, let object):
            updateSteps(action, id: id, object, adopt: false)
        case .adopt(let id, let object):
            updateSteps(action, id: id, object, adopt: true)
        case .defaultPrice(.point(let productID, let price), _):
            [defaultPriceStep(product: action.address, productID: productID, price: price)]
        case .defaultPrice(.unset(let productID), _):
            [defaultPriceStep(product: action.address, productID: productID, price: nil)]
        case .replace(let object, let replacement):
            replaceSteps(action, object, replacement)
        case .archive(let object):
            [archiveStep(action, object)]
        case .migrate(let migration, _):
            migrationSteps(action, migration)
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

    private static func createSteps(_ action: PlanAction, _ object: DesiredObject) -> [ApplyStep] {
        let address = action.address.path
        switch object {
        case .meter(let meter):
            return [step(action, "create", stage: .meters, "create meter \(address)", .createMeter(meter))]
        case .product(let product):
            var steps = [
                step(action, "create", stage: .products, "create product \(address)", .createProduct(product))
            ]
            if let price = product.defaultPrice {
                steps.append(defaultPriceStep(product: action.address, productID: nil, price: price))
            }
            return steps
        case .price(let price):
            return [
                step(
                    action, "create", stage: .prices, "create price \(address)",
                    .createPrice(price, replacing: nil))
            ]
        case .webhook(let webhook):
            return [
                step(
                    action, "create", stage: .webhook, "create webhook endpoint \(action.label)",
                    .createWebhook(webhook))
            ]
        }
    }

    /// An update or an adopt: only the changed fields of the desired object are sent (an adopt
    /// also writes the marker metadata).
    private static func updateSteps(_ action: PlanAction, id: String, _ object: DesiredObject, adopt: Bool)
        -> [ApplyStep]
    {
        let address = action.address.path
        switch object {
        case .meter(let meter):
            let changes = ApplyChanges.meter(meter, changes: action.changes)
            return changes.isEmpty
                ? []
                : [
                    step(
                        action, "update", stage: .meters, "update meter \(address)",
                        .updateMeter(id: id, displayName: changes.displayName, reactivate: changes.reactivate)
                    )
                ]
        case .product(let product):
            let changes = ApplyChanges.product(product, changes: action.changes, adopt: adopt)
            var steps: [ApplyStep] = []
            if !changes.update.isEmpty {
                steps.append(
                    step(
                        action, "update", stage: .products, "update product \(address)",
                        .updateProduct(id: id, changes.update)))
            }
            if changes.setsDefaultPrice {
                steps.append(
                    defaultPriceStep(product: action.address, productID: id, price: product.defaultPrice))
            }
            return steps
        case .price(let price):
            let changes = ApplyChanges.price(price, changes: action.changes, adopt: adopt)
            return [
                step(
                    action, "update", stage: .prices, "update price \(address)", .updatePrice(id: id, changes)
                )
            ]
        case .webhook(let webhook):
            let changes = ApplyChanges.webhook(webhook, changes: action.changes, adopt: adopt)
            return [
                step(
                    action, "update", stage: .webhook, "update webhook endpoint \(action.label)",
                    .updateWebhook(id: id, changes))
            ]
        }
    }

    /// Creates the new object, repoints the product's default price if it pointed at the old
    /// price, and archives the old object in the archives stage.
    private static func replaceSteps(
        _ action: PlanAction, _ object: ReplacementObject, _ replacement: Replacement
    ) -> [ApplyStep] {
        let address = action.address.path
        var steps: [ApplyStep] = []
        switch object {
        case .meter(let meter):
            steps.append(
                step(
                    action, "create", stage: .meters, "create replacement meter \(address)",
                    .createMeter(meter)))
            if replacement.archivesOld {
                steps.append(
                    step(
                        action, "deactivate-old", stage: .archives, wave: Wave.meters,
                        "deactivate old meter \(address)", .deactivateMeter(id: replacement.oldID)))
            }
        case .price(let price, _):
            steps.append(
                step(
                    action, "create-replacement", stage: .prices, "create replacement price \(address)",
                    .createPrice(price, replacing: replacement.oldID)))
            if replacement.repointsDefaultPrice {
                steps.append(
                    defaultPriceStep(
                        product: .product(price.productKey), productID: nil, price: action.address))
            }
            if replacement.archivesOld {
                steps.append(
                    step(
                        action, "archive-old", stage: .archives, wave: Wave.prices,
                        "archive old price \(address)", .archivePrice(id: replacement.oldID)))
            }
        }
        return steps
    }

    /// Archives (deactivates, disables) a live object in its wave of the archives stage.
    private static func archiveStep(_ action: PlanAction, _ object: ArchivedObject) -> ApplyStep {
        let address = action.address.path
        switch object {
        case .meter(let id):
            return step(
                action, "deactivate", stage: .archives, wave: Wave.meters, "deactivate meter \(address)",
                .deactivateMeter(id: id))
        case .product(let id):
            return step(
                action, "archive", stage: .archives, wave: Wave.products, "archive product \(address)",
                .archiveProduct(id: id))
        case .price(let id, _, _):
            return step(
                action, "archive", stage: .archives, wave: Wave.prices, "archive price \(address)",
                .archivePrice(id: id))
        case .webhookEndpoint(let id):
            return step(
                action, "disable", stage: .archives, wave: Wave.webhooks,
                "disable webhook endpoint \(action.label)", .disableWebhook(id: id))
        }
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

    /// One step per item for `migrate_now`; `migrate_at_period_end` items become schedule steps
    /// (``scheduleSteps(_:)``), and grandfathered subscribers keep the old price.
    private static func migrationSteps(_ action: PlanAction, _ migration: Migration) -> [ApplyStep] {
        switch migration.policy {
        case .grandfather, .migrateAtPeriodEnd:
            return []
        case .migrateNow:
            return migration.items.map { item in
                step(
                    action, item.subscriptionID, stage: .migrations,
                    "move \(item.subscriptionID) to \(migration.toPrice.path) now",
                    .migrateNow(
                        item, from: migration.fromPriceID, to: migration.toPrice,
                        proration: migration.proration))
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
            guard case .migrate(let migration, _) = action.operation, migration.policy == .migrateAtPeriodEnd
            else { continue }
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
