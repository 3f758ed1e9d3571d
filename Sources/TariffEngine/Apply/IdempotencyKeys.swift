import TariffSupport

/// Deterministic `Idempotency-Key`s: SHA-256 of the plan digest and the step id.
///
/// The same plan and step always give the same key, so the client's retries and a second run of
/// the same plan replay Stripe's stored answer instead of creating a second object; a different
/// plan (anything in the account or the config changed) gives fresh keys, so a stale stored answer
/// is never replayed for a request that now means something else.
package struct IdempotencyKeys: Sendable, Hashable {
    /// The plan's digest (`PlanDigest.compute`).
    package let planDigest: String

    package init(planDigest: String) {
        self.planDigest = planDigest
    }

    /// The key for one request of one step: `tariff-` and 64 hex digits (Stripe allows 255).
    package func key(for stepID: String) -> String {
        "tariff-" + SHA256Hex.digest(of: "\(planDigest)\n\(stepID)")
    }
}
