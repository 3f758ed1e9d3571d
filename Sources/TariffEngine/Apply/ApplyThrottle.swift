/// How many requests apply lets run at once, shrinking when Stripe answers 429.
///
/// Additive increase, multiplicative decrease: a 429 halves the limit (never below one), and
/// every `recoveryWindow` successes in a row give one slot back, up to the `--parallelism` the user
/// asked for. The client already backs off before resending the 429'd request; the throttle makes
/// the *other* requests of the stage slow down too, so a burst does not keep hitting the limit.
package actor ApplyThrottle {
    /// The ceiling: `--parallelism`.
    package let maximum: Int
    /// The current number of slots.
    package private(set) var limit: Int
    /// Requests holding a slot.
    private var inFlight = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var successesSinceRaise = 0
    /// How many 429 answers were seen (the report shows it).
    package private(set) var rateLimitedResponses = 0
    private let recoveryWindow: Int

    package init(maximum: Int, recoveryWindow: Int = 20) {
        self.maximum = max(1, maximum)
        self.limit = max(1, maximum)
        self.recoveryWindow = max(1, recoveryWindow)
    }

    /// Waits for a free slot.
    package func acquire() async {
        if inFlight < limit {
            inFlight += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Frees a slot, adapting the limit to how the request went.
    /// - Parameter rateLimited: whether the answer was a 429.
    package func release(rateLimited: Bool) {
        inFlight -= 1
        if rateLimited {
            rateLimitedResponses += 1
            limit = max(1, limit / 2)
            successesSinceRaise = 0
        } else {
            successesSinceRaise += 1
            if successesSinceRaise >= recoveryWindow, limit < maximum {
                limit += 1
                successesSinceRaise = 0
            }
        }
        while inFlight < limit, !waiters.isEmpty {
            inFlight += 1
            waiters.removeFirst().resume()
        }
    }
}
