extension TariffCalls {
    /// The calls of `tariff billing plan` and `apply` (issue 12, DESIGN.md §10), in the order they
    /// are made: the managed prices, the subscriptions a `payg:` threshold applies to, the paid
    /// purchases of prices with `grants:`, the credit notes and voids that reversed some, and the
    /// credits already given for them; apply then sets thresholds, gives credits and voids the
    /// grants of reversed purchases. Stripe's permissions reference names no permission for
    /// credit grants or their balance transactions, so those calls are listed as unknown.
    static let billing: [TariffCall] = [
        TariffCall(
            "GET", "/v1/prices", "find the live prices of the config's payg: products and grants: prices"),
        TariffCall("GET", "/v1/subscriptions", "find the active subscriptions on a payg: product's prices"),
        TariffCall(
            "GET", "/v1/subscription_items", "read the remaining items of subscriptions with many items"),
        TariffCall(
            "GET", "/v1/invoices",
            "find paid purchases of prices with grants: (paid and void invoices, every line)"),
        TariffCall(
            "GET", "/v1/credit_notes", "find purchases reversed by credit notes (lines naming invoice lines)"),
        TariffCall(
            "GET", "/v1/billing/credit_grants", "find the credit grants already given for each purchase"),
        TariffCall(
            "GET", "/v1/customers/{id}/balance_transactions",
            "find the balance credits already given for each purchase (mechanism: customer_balance)"),
        TariffCall(
            "GET", "/v1/billing/credit_balance_transactions",
            "read what is left of each credit grant of a reversed purchase"),
        TariffCall("POST", "/v1/subscriptions/{id}", "set, change or remove a payg: spending threshold"),
        TariffCall("POST", "/v1/billing/credit_grants", "give the credit grant a paid purchase earns"),
        TariffCall(
            "POST", "/v1/customers/{id}/balance_transactions",
            "credit the customer's balance for a paid purchase (mechanism: customer_balance)"),
        TariffCall(
            "POST", "/v1/billing/credit_grants/{id}/void", "void the credit grant of a reversed purchase"),
    ]
}

extension TariffCalls {
    /// The calls of `tariff revenue`, reads only: lists (customers, subscriptions with their items,
    /// invoices of the period, credit grants), then per customer where Stripe has no list (credit
    /// balance summaries; meter event summaries when there is no usage store).
    static let revenue: [TariffCall] = [
        TariffCall("GET", "/v1/customers", "group customers into companies through id_mapping"),
        TariffCall("GET", "/v1/subscriptions", "read subscriptions on managed prices for MRR"),
        TariffCall(
            "GET", "/v1/subscription_items", "read the remaining items of subscriptions with many items"),
        TariffCall("GET", "/v1/invoices", "sum what was invoiced and paid in the period"),
        TariffCall("GET", "/v1/billing/credit_grants", "find the customers holding billing credits"),
        TariffCall(
            "GET", "/v1/billing/credit_balance_summary",
            "read the credit balance of each customer holding credits"),
        TariffCall(
            "GET", "/v1/billing/meters/{id}/event_summaries",
            "read usage so far per customer and meter (without a usage store)"),
    ]
}
