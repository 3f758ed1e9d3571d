/// The config the replacement tests (engine and CLI) share.
package enum ReplacementScenario {
    /// A licensed seat price and a metered one on the same product, with a policy for both.
    package static func config(seat: Int, perCall: String, policy: String) -> String {
        """
        version: 1
        stripe:
          api_key: env:STRIPE_API_KEY
          mode: test
        meters:
          calls:
            display_name: Calls
            event_name: calls
            metric: { aggregate: count }
        products:
          team:
            name: Team
            default_price: seat
            prices:
              seat:
                currency: usd
                interval: month
                flat: \(seat)
                on_change: { subscribers: \(policy), proration: none }
              calls:
                currency: usd
                interval: month
                meter: calls
                per_unit: "\(perCall)"
                on_change: { subscribers: \(policy), proration: none }
        """
    }
}
