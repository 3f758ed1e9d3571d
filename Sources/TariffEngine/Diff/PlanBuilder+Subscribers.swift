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
            guard action.resource == .price, action.kind == .replace || action.kind == .archive,
                let oldID = action.liveID
            else { continue }
            let entries = byPrice[oldID] ?? []
            let onChange: DesiredOnChange =
                if case .price(let price)? = action.desired { price.onChange } else { DesiredOnChange() }
            // An archive moves no one (subscribers keep the archived price), except the archive of
            // a superseded version, which finishes an interrupted replacement.
            let superseded = action.reasons.contains { $0.kind == .superseded }
            let moves = action.kind == .replace || superseded
            let policy: SubscriberPolicyKind = moves ? onChange.subscribers : .grandfather
            let counts = Dictionary(grouping: entries, by: { $0.0.status.rawValue }).map {
                StatusCount(status: $0.key, count: $0.value.count)
            }
            let impact = SubscriberImpact(
                priceID: oldID, countsByStatus: counts.sorted { $0.status < $1.status }, policy: policy,
                proration: onChange.proration, policyIsExplicit: moves && onChange.isExplicit)
            plan.actions[position].impact = impact
            guard moves, policy != .grandfather else { continue }
            // A subscription under a schedule is left to it when moving now (its phases would
            // overwrite a direct edit); a period-end move goes through the schedule, and apply
            // completes one an interrupted run left behind or leaves anyone else's alone.
            let movable = entries.filter {
                !SubscriberImpact.hasEnded($0.0.status)
                    && (!$0.0.hasSchedule || policy == .migrateAtPeriodEnd)
            }
            // Stripe takes no quantity for a metered item.
            let targetIsMetered: Bool =
                if case .price(let price)? = action.desired { price.recurring?.usageType == .metered } else {
                    false
                }
            let items = movable.map { subscription, item in
                MigrationItem(
                    subscriptionID: subscription.id, itemID: item.id, status: subscription.status,
                    quantity: targetIsMetered ? nil : item.quantity,
                    hasSchedule: subscription.hasSchedule)
            }
            guard !items.isEmpty else { continue }
            guard
                checkMigration(
                    action, from: index.pricesByID[oldID], subscriptions: movable.map(\.0),
                    onChange: onChange,
                    policy: policy)
            else { continue }
            migrations.append(
                PlanAction(
                    kind: .migrate, resource: .subscription, address: .subscriptions(of: action.address),
                    step: .migrations, liveID: oldID,
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
                    range: onChange.range ?? action.range, impact: impact,
                    migration: Migration(
                        fromPriceID: oldID, toPrice: action.address, policy: policy,
                        proration: onChange.proration, items: items)))
        }
        guard !migrations.isEmpty else { return }
        let insertAt = plan.actions.firstIndex { $0.step > .migrations } ?? plan.actions.endIndex
        plan.actions.insert(contentsOf: migrations, at: insertAt)
    }

    /// Whether Stripe would accept moving the subscribers of a replaced (or superseded) price to
    /// the declared one: an error when a subscription bills in a currency the new price does not
    /// offer (a subscription's currency is fixed; without Stripe saying, the old price's), a
    /// warning for a change of interval (Stripe allows it only for subscriptions in flexible
    /// billing mode).
    private mutating func checkMigration(
        _ action: PlanAction, from old: LivePrice?, subscriptions: [LiveSubscription],
        onChange: DesiredOnChange,
        policy: SubscriberPolicyKind
    ) -> Bool {
        guard case .price(let target)? = action.desired, let old else { return true }
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
        if let recurring = target.recurring, let was = old.recurring,
            was.interval.rawValue != recurring.interval.rawValue
                || was.intervalCount != recurring.intervalCount
        {
            plan.diagnostics.append(
                Diagnostic(
                    .warning, code: "plan.migration-interval",
                    "\(action.address) changes its billing interval; Stripe moves subscribers to it only for "
                        + "subscriptions in flexible billing mode and refuses the others",
                    at: range))
        }
        return true
    }
}
