import TariffStripeSpec

/// Stripe's webhook event types, against which `stripe.webhook.events` globs are expanded
/// (the list itself lives in `TariffStripeSpec`, shared with the emulator).
enum EventCatalog {
    /// Every concrete event type, sorted.
    static let events: [String] = StripeEventTypes.all
}
