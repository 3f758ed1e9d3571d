package import TariffStripe

/// How an apply runs: concurrency, ids known beforehand, and where its outputs go.
package struct ApplyOptions: Sendable {
    /// Requests of one stage in flight at once (`--parallelism`); 429s lower it for a while.
    package var parallelism: Int
    /// Live ids of declared objects without an action (an unchanged meter a new price uses), by
    /// address; actions' own ids are added by the executor.
    package var knownIDs: [ResourceAddress: String]
    /// Receives the signing secret of a newly created webhook endpoint (`--webhook-secret-out`).
    /// When nil the secret is dropped and the report warns that it cannot be read back.
    package var webhookSecret: (@Sendable (StripeSecret) throws -> Void)?
    /// Receives progress events; called from several tasks, so it must be thread-safe.
    package var progress: @Sendable (ApplyEvent) -> Void

    package init(
        parallelism: Int = 4, knownIDs: [ResourceAddress: String] = [:],
        webhookSecret: (@Sendable (StripeSecret) throws -> Void)? = nil,
        progress: @escaping @Sendable (ApplyEvent) -> Void = { _ in }
    ) {
        self.parallelism = max(1, parallelism)
        self.knownIDs = knownIDs
        self.webhookSecret = webhookSecret
        self.progress = progress
    }
}
