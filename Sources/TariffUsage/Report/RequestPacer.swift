import Foundation

/// Spaces requests to a steady rate: each `wait()` returns no sooner than `1 / rate` seconds
/// after the previous one did. Test mode shares about 25 requests a second with everything else
/// on the key, so apply uses 20 there.
package actor RequestPacer {
    private let interval: Duration
    private var next: ContinuousClock.Instant

    /// - Parameter perSecond: requests a second; 0 or less means no pacing.
    package init(perSecond: Double) {
        interval = perSecond > 0 ? .seconds(1 / perSecond) : .zero
        next = ContinuousClock.now
    }

    /// Waits for the next slot.
    package func wait() async {
        guard interval > .zero else { return }
        let now = ContinuousClock.now
        let slot = max(now, next)
        next = slot + interval
        if slot > now { try? await Task.sleep(until: slot, clock: .continuous) }
    }
}
