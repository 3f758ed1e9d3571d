/// Everything one mode (test or live) of the emulated Stripe account holds.
///
/// A value type on purpose: the emulator runs each write on a copy and keeps the copy only if
/// the handler succeeds, so a request that fails validation half-way changes nothing, the way
/// a Stripe request either happens or does not.
package struct EmulatorState: Sendable {
    package let livemode: Bool
    package let accountID: String
    package var products = Table<ProductRecord>()
    package var prices = Table<PriceRecord>()
    package var meters = Table<MeterRecord>()
    package var meterEvents = MeterEventStore()
    package var webhookEndpoints = Table<WebhookEndpointRecord>()
    package var customers = Table<CustomerRecord>()
    /// Ids of deleted customers, which Stripe still retrieves as `{"deleted": true}` stubs.
    package var deletedCustomers: Set<String> = []
    package var subscriptions = Table<SubscriptionRecord>()
    /// Which subscription owns each subscription item.
    package var itemOwners: [String: String] = [:]
    package var balanceTransactions = Table<BalanceTransactionRecord>()
    package var schedules = Table<ScheduleRecord>()
    package var testClocks = Table<TestClockRecord>()
    /// Billing periods that test clocks moved past, oldest first (see `ClosedPeriod`).
    package var closedPeriods: [ClosedPeriod] = []
    /// Invoices cut by test clocks at period ends (see `Invoicing.swift`).
    package var invoices = Table<InvoiceRecord>()
    /// Billing credit grants and the movements of customers' credit balances.
    package var creditGrants = Table<CreditGrantRecord>()
    package var creditTransactions = Table<CreditBalanceTransactionRecord>()
    /// Credit notes issued on paid invoices (`CreditNoteRoutes.swift`).
    package var creditNotes = Table<CreditNoteRecord>()
    package var random: SeededGenerator

    package init(livemode: Bool, seed: UInt64) {
        self.livemode = livemode
        self.random = SeededGenerator(seed: seed)
        self.accountID = "acct_" + random.token(length: 16)
    }

    /// A fresh id with Stripe's prefix for the kind of object, e.g. `price_1Q…`.
    package mutating func newID(_ prefix: String) -> String {
        "\(prefix)_\(random.token(length: 24))"
    }

    /// Routes a request to its resource. Unknown paths get Stripe's "Unrecognized request URL".
    package mutating func dispatch(_ call: EmulatorCall) throws -> JSONValue {
        switch call.segments.first {
        case "account": return try accountRoute(call)
        case "products": return try productsRoute(call)
        case "prices": return try pricesRoute(call)
        case "billing" where call.segments.dropFirst().first == "meters": return try metersRoute(call)
        case "billing" where call.segments.dropFirst().first == "meter_events":
            return try meterEventsRoute(call)
        case "billing" where call.segments.dropFirst().first == "meter_event_adjustments":
            return try meterEventAdjustmentsRoute(call)
        case "billing" where call.segments.dropFirst().first == "credit_grants":
            return try creditGrantsRoute(call)
        case "billing" where call.segments.dropFirst().first == "credit_balance_transactions":
            return try creditBalanceTransactionsRoute(call)
        case "billing" where call.segments.dropFirst().first == "credit_balance_summary":
            return try creditBalanceSummaryRoute(call)
        case "webhook_endpoints": return try webhookEndpointsRoute(call)
        case "customers": return try customersRoute(call)
        case "subscriptions": return try subscriptionsRoute(call)
        case "subscription_items": return try subscriptionItemsRoute(call)
        case "subscription_schedules": return try schedulesRoute(call)
        case "invoices": return try invoicesRoute(call)
        case "credit_notes": return try creditNotesRoute(call)
        case "test_helpers" where call.segments.dropFirst().first == "test_clocks":
            return try testClocksRoute(call)
        default: throw call.unrecognized
        }
    }

    /// The restricted-key permission Stripe asks for on this route (`plan_write`, …).
    package static func permission(method: String, segments: [String]) -> String? {
        let resource: String?
        switch segments.first {
        case "account": resource = "connected_account"
        case "products": resource = "product"
        case "prices": resource = "plan"
        case "billing":
            switch segments.dropFirst().first {
            case "meter_events", "meter_event_session", "meter_event_stream": resource = "billing_meter_event"
            case "meter_event_adjustments": resource = "billing_meter_event_adjustment"
            default: resource = "billing_meter"
            }
        case "webhook_endpoints": resource = "webhook"
        case "customers": resource = "customer"
        case "subscriptions", "subscription_items", "subscription_schedules": resource = "subscription"
        case "invoices": resource = "invoice"
        case "credit_notes": resource = "credit_note"
        default: resource = nil
        }
        return resource.map { "\($0)_\(method == "GET" ? "read" : "write")" }
    }
}
