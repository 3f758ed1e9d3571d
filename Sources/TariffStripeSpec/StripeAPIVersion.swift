/// The Stripe API version Tariff is built and tested against, and the versions a config may name.
///
/// One constant for every stage: the client sends it as `Stripe-Version` on every request unless
/// the config pins a version (which must be one of `supported`), the config checker refuses any
/// other version, the emulator implements this version's rules and response shapes, and the
/// saved plan records the version its reads used. It is the version of `stripe==16.1.0`, whose
/// generated parameter and response types judge the emulator's exchanges in CI
/// (`scripts/contract`). Moving to a newer version means updating this constant, the SDK pin in
/// `scripts/bootstrap`, and the emulator's rules together.
package enum StripeAPIVersion {
    /// `2026-10-28.endive`: sent as `Stripe-Version` when the config sets no `api_version`.
    package static let pinned = "2026-10-28.endive"

    /// The versions `stripe.api_version` may name: only the pinned one, because the request rules
    /// and response shapes of any other version are untested.
    package static let supported: [String] = [pinned]

    /// Whether Tariff can talk to Stripe at `version`.
    package static func isSupported(_ version: String) -> Bool {
        supported.contains(version)
    }
}
