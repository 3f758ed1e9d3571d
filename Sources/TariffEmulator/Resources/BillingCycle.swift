/// One billing period of one subscription item that a test clock moved past: what the customer
/// owes for, on which price. Invoice finalization on period end attaches here (one invoice per
/// subscription and boundary: `draftRenewalInvoice` in `Invoicing.swift`).
package struct ClosedPeriod: Sendable, Equatable {
    package var subscription: String
    package var item: String
    package var price: String
    package var quantity: Int?
    package var start: Int
    package var end: Int
}

extension EmulatorState {
    /// Moves a test clock to `target` and, in time order, everything attached to it: each billing
    /// period that ends closes (`closeBillingPeriod`) and renews, trials end, subscriptions set to
    /// cancel at period end cancel, and schedules enter their next phase (the subscription's
    /// items switch to that phase's prices) or end with their `end_behavior`.
    mutating func advanceClock(_ clockID: String, to target: Int) throws -> TestClockRecord {
        guard var clock = testClocks[clockID] else {
            throw StripeAPIError.noSuch("test clock", clockID, param: "test_clock", inPath: true)
        }
        for subscription in subscriptions.newestFirst.reversed() where subscription.testClock == clockID {
            advanceSubscription(subscription.id, to: target)
        }
        finalizeDueInvoices(clockID: clockID, at: target)
        clock.frozenTime = target
        testClocks[clockID] = clock
        return clock
    }

    /// Runs one subscription's boundaries up to `target`, earliest first.
    private mutating func advanceSubscription(_ id: String, to target: Int) {
        // Every boundary moves time forward by at least a day, so this bound is never reached by
        // a sane advance; it keeps a malformed period from looping forever.
        for _ in 0..<10_000 {
            guard var subscription = subscriptions[id],
                ["active", "trialing", "past_due"].contains(subscription.status)
            else { return }
            let renewal = subscription.items.map(\.periodEnd).min()
            let boundary = currentPhaseEnd(of: subscription)
            let upcoming = [renewal, boundary].compactMap({ $0 }).min()
            // Usage up to the boundary (or the target) may reach a billing threshold first.
            if let crossing = thresholdCrossing(
                of: subscription, before: min(upcoming ?? Int.max, target + 1))
            {
                cutThresholdInvoice(subscriptionID: id, at: crossing)
                continue
            }
            guard let next = upcoming, next <= target else { return }
            if let trialEnd = subscription.trialEnd, trialEnd <= next, subscription.status == "trialing" {
                subscription.status = "active"
            }
            var closed: [SubscriptionRecord.Item] = []
            if renewal == next {
                for index in subscription.items.indices where subscription.items[index].periodEnd <= next {
                    closed.append(subscription.items[index])
                    closeBillingPeriod(of: subscription.id, item: subscription.items[index])
                    let item = subscription.items[index]
                    let end = SubscriptionRecord.periodEnd(
                        start: item.periodEnd, recurring: prices[item.priceID]?.recurring)
                    subscription.items[index].periodStart = item.periodEnd
                    subscription.items[index].periodEnd = max(end, item.periodEnd + 86_400)
                    subscription.items[index].usageFrom = nil
                }
                if subscription.cancelAtPeriodEnd {
                    subscription.status = "canceled"
                    subscription.canceledAt = next
                    subscription.endedAt = next
                }
            }
            subscriptions[id] = subscription
            if boundary == next, let scheduleID = subscription.schedule {
                enterNextPhase(scheduleID: scheduleID, subscriptionID: id, at: next)
            }
            // After the phase change, so that licensed lines bill the prices of the new period.
            if !closed.isEmpty { draftRenewalInvoice(subscriptionID: id, closed: closed, boundary: next) }
        }
    }

    /// The end of the phase in effect of the subscription's active schedule, if any.
    private func currentPhaseEnd(of subscription: SubscriptionRecord) -> Int? {
        guard let schedule = subscription.schedule.flatMap({ schedules[$0] }), schedule.status == "active",
            schedule.phases.indices.contains(schedule.currentPhase)
        else { return nil }
        return schedule.phases[schedule.currentPhase].end
    }

    /// The seam for invoicing: records the period that just ended, on the price it was billed at.
    private mutating func closeBillingPeriod(of subscription: String, item: SubscriptionRecord.Item) {
        closedPeriods.append(
            ClosedPeriod(
                subscription: subscription, item: item.id, price: item.priceID, quantity: item.quantity,
                start: item.periodStart, end: item.periodEnd))
    }

    /// Starts the schedule's next phase at `time`, or ends the schedule when none is left:
    /// `cancel` cancels the subscription (the schedule completes), the other behaviours release it.
    private mutating func enterNextPhase(scheduleID: String, subscriptionID: String, at time: Int) {
        guard var schedule = schedules[scheduleID], var subscription = subscriptions[subscriptionID] else {
            return
        }
        let nextIndex = schedule.currentPhase + 1
        if schedule.phases.indices.contains(nextIndex) {
            schedule.currentPhase = nextIndex
            apply(schedule.phases[nextIndex], to: &subscription, at: time)
        } else if schedule.endBehavior == "cancel" {
            schedule.status = "completed"
            schedule.completedAt = time
            subscription.schedule = nil
            subscription.status = "canceled"
            subscription.canceledAt = time
            subscription.endedAt = time
        } else {
            schedule.status = "released"
            schedule.releasedAt = time
            schedule.releasedSubscription = subscriptionID
            schedule.subscription = nil
            subscription.schedule = nil
        }
        schedules[scheduleID] = schedule
        subscriptions[subscriptionID] = subscription
    }

    /// Puts the subscription's items on the phase's prices and quantities, item by item in order;
    /// an item whose price changes starts a new period on it at `time`.
    private mutating func apply(
        _ phase: ScheduleRecord.Phase, to subscription: inout SubscriptionRecord, at time: Int
    ) {
        var items: [SubscriptionRecord.Item] = []
        for (index, entry) in phase.items.enumerated() {
            let recurring = prices[entry.price]?.recurring
            if subscription.items.indices.contains(index) {
                var item = subscription.items[index]
                if item.priceID != entry.price {
                    item.priceID = entry.price
                    item.periodStart = time
                    item.periodEnd = SubscriptionRecord.periodEnd(start: time, recurring: recurring)
                }
                item.quantity = entry.quantity
                items.append(item)
            } else {
                let item = SubscriptionRecord.Item(
                    id: newID("si"), created: time, priceID: entry.price, quantity: entry.quantity,
                    periodStart: time,
                    periodEnd: SubscriptionRecord.periodEnd(start: time, recurring: recurring))
                itemOwners[item.id] = subscription.id
                items.append(item)
            }
        }
        for removed in subscription.items.dropFirst(phase.items.count) { itemOwners[removed.id] = nil }
        subscription.items = items
        if let currency = items.first.flatMap({ prices[$0.priceID]?.currency }) {
            subscription.currency = currency
        }
    }
}
