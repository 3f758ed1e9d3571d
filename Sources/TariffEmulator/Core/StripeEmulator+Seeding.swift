extension StripeEmulator {
    /// Sets a subscription's status directly, for tests and demos that need `past_due`,
    /// `unpaid` and the like, which no public Stripe call produces on demand.
    package func setSubscriptionStatus(_ id: String, to status: String, livemode: Bool = false) throws {
        let allowed = [
            "active", "canceled", "incomplete", "incomplete_expired", "past_due", "paused", "trialing",
            "unpaid",
        ]
        guard allowed.contains(status) else {
            throw EmulatorSeedError(status: 400, description: "unknown subscription status '\(status)'")
        }
        var state = livemode ? live : test
        guard var subscription = state.subscriptions[id] else {
            throw EmulatorSeedError(status: 404, description: "No such subscription: '\(id)'")
        }
        subscription.status = status
        state.subscriptions[id] = subscription
        if livemode { live = state } else { test = state }
    }
}
