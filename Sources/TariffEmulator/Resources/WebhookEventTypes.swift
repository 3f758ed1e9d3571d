import TariffStripeSpec

/// Every event type `enabled_events` accepts (Stripe API 2026-07-29.dahlia), besides `*`.
///
/// Stripe marks the enum open, so newer event types exist; the emulator follows the spec it
/// was built from and rejects names outside it, which catches typos in configurations.
extension WebhookEndpointRecord {
    static let knownEvents: Set<String> = Set(StripeEventTypes.all)
}
