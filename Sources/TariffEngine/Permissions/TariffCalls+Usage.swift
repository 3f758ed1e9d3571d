extension TariffCalls {
    /// The calls of `tariff usage plan` and `apply` (issue 11, DESIGN.md §9), in the order they
    /// are made. The same for every config: usage reads the account's meters and customers and
    /// sends events for whichever meters the config declares. `GET /v1/account` is not among
    /// them: Stripe lets no restricted key read it, so the mode comes from the key (as for `plan`).
    static let usage: [TariffCall] = [
        TariffCall(
            "GET", "/v1/billing/meters", "find the declared meters by event name and read their window"),
        TariffCall(
            "GET", "/v1/customers",
            "map companies to Stripe customers through id_mapping (one read of the list)"),
        TariffCall(
            "GET", "/v1/subscriptions", "find customers without a subscription on a price of the meter"),
        TariffCall("GET", "/v1/prices", "tell which prices bill each meter"),
        TariffCall(
            "GET", "/v1/billing/meters/{id}/event_summaries",
            "read what Stripe already holds per customer and window (usage plan --refresh)"),
        TariffCall("POST", "/v1/billing/meter_events", "send each window's usage as a meter event"),
        TariffCall(
            "POST", "/v2/billing/meter_event_session",
            "open a meter event session for the high-throughput stream (large batches)"),
        TariffCall(
            "POST", "/v2/billing/meter_event_stream",
            "send up to 100 meter events per request with the session"),
    ]
}
