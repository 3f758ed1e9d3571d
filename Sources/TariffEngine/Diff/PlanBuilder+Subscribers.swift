import TariffDiagnostics
extension PlanBuilder {
    /// Subscriber impact on every replaced or archived price, and a `migrate` action for each
    /// replaced price whose `on_change` moves its subscribers.
    mutating func planSubscribers() {
        var byPrice: [String: [(LiveSubscription, LiveSubscriptionItem)]] = [:]
        for subscription in live.subscriptions {
            for item in subscription.items {
                byPrice[item.priceID, default: []].append((subscription, item))
            }
        }
        var migrations: [PlanAction] = []
        for position in plan.actions.indices {
            let action = plan.actions[position]
            // The declared price the subscribers would move to: the new price of a replace, or the
            // successor of an archived earlier version (which finishes an interrupted
            // replacement). Any other archive moves no one: subscribers keep the archived price.
            let oldID: String
            let target: DesiredPrice?
            switch action.operation {
            case .replace(.price(let price, _), let replacement): (oldID, target) = (replacement.oldID, price)
            case .archive(.price(let id, _, let successor)): (oldID, target) = (id, successor)
            case .create, .update, .defaultPrice, .replace(.meter, _), .archive, .adopt, .migrate: continue
            }
            let entries = byPrice[oldID] ?? []
            let onChange = target?.onChange ?? DesiredOnChange()
            let moves = target != nil
            let policy: SubscriberPolicyKind = moves ? onChange.subscribers : .grandfather
            let counts = Dictionary(grouping: entries, by: { $0.0.status.rawValue }).map {
                StatusCount(status: $0.key, count: $0.value.count)
            }
            let impact = SubscriberImpact(
                priceID: oldID, countsByStatus: counts.sorted { $0.status < $1.status }, policy: policy,
                proration: onChange.proration, policyIsExplicit: moves && onChange.isExplicit)
            plan.actions[position].operation = action.operation.counting(impact)
            guard let target, policy != .grandfather else { continue }
            // A subscription under a schedule is left to it when moving now (its phases would
            // overwrite a direct edit); a period-end move goes through the schedule, and apply
            // completes one an interrupted run left behind or leaves anyone else's alone.
            let movable = entries.filter {
                !SubscriberImpact.hasEnded($0.0.status)
                    && (!$0.0.hasSchedule || policy == .migrateAtPeriodEnd)
            }
            // Stripe takes no quantity for a metered item.
            let targetIsMetered = target.recurring?.usageType == .metered
            let items = movable.map { subscription, item in
                MigrationItem(
                    subscriptionID: subscription.id, itemID: item.id, status: subscription.status,
                    quantity: targetIsMetered ? nil : item.quantity,
                    hasSchedule: subscription.hasSchedule)
            }
            guard !items.isEmpty else { continue }
            guard
                checkMigration(
                    action, to: target, from: index.pricesByID[oldID], subscriptions: movable.map(\.0),
                    onChange: onChange,
                    policy: policy)
            else { continue }
            migrations.append(
                PlanAction(
                    .migrate(
                        Migration(
                            fromPriceID: oldID, toPrice: action.address, policy: policy,
                            proration: onChange.proration, items: items),
                        impact: impact),
                    address: .subscriptions(of: action.address),
                    label: "\(items.count) subscription item(s) of \(action.label)",
                    reasons: [
                        ActionReason(
                            .onChangePolicy,
                            "on_change.subscribers is \(policy.rawValue) (proration \(onChange.proration.rawValue))",
                            field: "on_change", range: onChange.range ?? action.range)
                    ],
                    changes: [
                        FieldChange(
                            field: .subscription(.price), before: .string(oldID),
                            after: priceOutcomes[action.address]?.liveID.map(PlanValue.string)
                                ?? .created(.price, action.address))
                    ],
                    range: onChange.range ?? action.range))
        }
        guard !migrations.isEmpty else { return }
        checkIntervals(of: migrations)
        let insertAt = plan.actions.firstIndex { $0.step > .migrations } ?? plan.actions.endIndex
        plan.actions.insert(contentsOf: migrations, at: insertAt)
    }

    /// Whether Stripe would accept moving the subscribers of a replaced (or superseded) price to
    /// the declared one: an error when a subscription bills in a currency the new price does not
    /// offer (a subscription's currency is fixed; without Stripe saying, the old price's).
    private mutating func checkMigration(
        _ action: PlanAction, to target: DesiredPrice, from old: LivePrice?,
        subscriptions: [LiveSubscription],
        onChange: DesiredOnChange,
        policy: SubscriberPolicyKind
    ) -> Bool {
        guard let old else { return true }
        let range = onChange.range ?? action.range
        let offered = Set(
            [target.currency.lowercased()] + target.currencyOptions.keys.map { $0.lowercased() })
        let stranded = Dictionary(
            grouping: subscriptions.map { $0.currency ?? old.currency.lowercased() }.filter {
                !offered.contains($0)
            },
            by: { $0 })
        if !stranded.isEmpty {
            let counts = stranded.keys.sorted().map { "\(stranded[$0]?.count ?? 0) in \($0.uppercased())" }
            error(
                "plan.migration-currency",
                "\(action.address) does not offer the currency its subscribers bill in (\(counts.joined(separator: ", "))), "
                    + "and Stripe cannot move a subscription to another currency, so "
                    + "on_change.subscribers: \(policy.rawValue) cannot be applied",
                at: range,
                notes: [
                    DiagnosticNote(
                        "use on_change.subscribers: grandfather and move subscribers with new subscriptions, or keep the currency"
                    )
                ])
            return false
        }
        return true
    }

    /// A billing period as `interval×count`, to compare items.
    private static func period(_ interval: String?, _ count: Int?) -> String? {
        interval.map { "\($0)×\(count ?? 1)" }
    }

    /// Stripe bills every item of a classic-mode subscription on one interval: a migration that
    /// changes an item's interval is refused when the subscription would end with items on
    /// different intervals, or when it moves now (one item at a time) with other items beside.
    /// Flexible billing mode allows both; where Stripe did not say the mode, the plan warns.
    private mutating func checkIntervals(of migrations: [PlanAction]) {
        let subscriptions = Dictionary(live.subscriptions.map { ($0.id, $0) }) { first, _ in first }
        var targetPeriod: [ResourceAddress: String] = [:]
        for price in desired.prices {
            targetPeriod[price.address] = Self.period(
                price.recurring?.interval.rawValue, price.recurring?.intervalCount)
        }
        var moved: [String: (period: String?, migration: PlanAction)] = [:]
        for migration in migrations {
            guard let move = migration.migration else { continue }
            for item in move.items { moved[item.itemID] = (targetPeriod[move.toPrice], migration) }
        }
        var refused: [ResourceAddress: [String]] = [:]
        var unknownMode: [ResourceAddress: [String]] = [:]
        var ranges: [ResourceAddress: SourceRange] = [:]
        for subscription in subscriptions.values.sorted(by: { $0.id < $1.id }) {
            let livePeriods = subscription.items.map { item in
                index.pricesByID[item.priceID].flatMap {
                    Self.period($0.recurring?.interval.rawValue, $0.recurring?.intervalCount)
                }
            }
            let changing = zip(subscription.items, livePeriods).compactMap { item, was -> PlanAction? in
                guard let move = moved[item.id], let period = move.period, period != was else { return nil }
                return move.migration
            }
            guard let migration = changing.first else { continue }
            ranges[migration.address] = migration.range
            switch subscription.billingMode?.known {
            case .flexible?:
                continue
            case .classic?:
                let finalPeriods = Set(
                    zip(subscription.items, livePeriods).compactMap { item, was in
                        moved[item.id]?.period ?? was
                    })
                let movesNow = changing.contains { $0.migration?.policy == .migrateNow }
                if finalPeriods.count > 1 || (movesNow && subscription.items.count > 1) {
                    refused[migration.address, default: []].append(subscription.id)
                }
            case nil:
                unknownMode[migration.address, default: []].append(subscription.id)
            }
        }
        for (address, ids) in refused.sorted(by: { $0.key.path < $1.key.path }) {
            error(
                "plan.migration-interval",
                "\(address) moves items to another billing interval, and \(ids.count) classic-mode "
                    + "subscription(s) (\(ids.prefix(3).joined(separator: ", "))\(ids.count > 3 ? ", …" : "")) "
                    + "would have items on different intervals, which Stripe refuses outside flexible billing mode",
                at: ranges[address],
                notes: [
                    DiagnosticNote(
                        "switch those subscriptions to flexible billing mode in Stripe, or move all their items "
                            + "together with on_change.subscribers: migrate_at_period_end")
                ])
        }
        for (address, ids) in unknownMode.sorted(by: { $0.key.path < $1.key.path }) {
            plan.diagnostics.append(
                Diagnostic(
                    .warning, code: "plan.migration-interval",
                    "\(address) moves \(ids.count) subscription(s) to another billing interval; Stripe allows "
                        + "that only in flexible billing mode, or in classic mode when all items move together",
                    at: ranges[address]))
        }
    }
}
