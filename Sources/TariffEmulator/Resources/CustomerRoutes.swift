extension EmulatorState {
    /// `/v1/customers`, `/v1/customers/{id}` and `/v1/customers/{id}/balance_transactions`.
    mutating func customersRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        let fields: Set<String> = ["email", "name", "description", "phone", "metadata"]
        switch (call.method, call.segments.count) {
        case ("POST", 1):
            try params.rejectUnknown(fields.union(["balance", "test_clock"]))
            let prefix = String(
                random.token(length: 8).uppercased().map { $0.isLetter || $0.isNumber ? $0 : "X" })
            var customer = CustomerRecord(id: newID("cus"), created: call.now, invoicePrefix: prefix)
            try applyCustomerFields(params, to: &customer)
            customer.balance = try params.int("balance") ?? 0
            if let clock = try params.string("test_clock") {
                customer.testClock = try testClock(clock, param: "test_clock", inPath: false).id
            }
            customers[customer.id] = customer
            return customer.json(livemode: livemode)
        case ("GET", 1):
            try params.rejectUnknown(["limit", "starting_after", "ending_before", "email"])
            let email = try params.string("email")
            let slice = try ListPage(params).slice(customers.idsNewestFirst, kind: "customer") { id in
                email == nil || customers[id]?.email == email
            }
            let data = slice.ids.compactMap { customers[$0]?.json(livemode: livemode) }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/customers")
        case ("GET", 2):
            try params.rejectUnknown([])
            // Stripe still answers a deleted customer's id, with a stub marked `deleted`.
            if deletedCustomers.contains(call.segments[1]) {
                return .object([
                    ("id", .string(call.segments[1])), ("object", .string("customer")),
                    ("deleted", .bool(true)),
                ])
            }
            return try customer(call.segments[1], param: "customer", inPath: true).json(livemode: livemode)
        case ("POST", 2):
            try params.rejectUnknown(fields.union(["balance"]))
            var customer = try customer(call.segments[1], param: "customer", inPath: true)
            try applyCustomerFields(params, to: &customer)
            if let balance = try params.int("balance") { customer.balance = balance }
            customers[customer.id] = customer
            return customer.json(livemode: livemode)
        case ("DELETE", 2):
            try params.rejectUnknown([])
            let customer = try customer(call.segments[1], param: "customer", inPath: true)
            customers[customer.id] = nil
            deletedCustomers.insert(customer.id)
            return .object([
                ("id", .string(customer.id)), ("object", .string("customer")), ("deleted", .bool(true)),
            ])
        case (_, 3) where call.segments[2] == "balance_transactions":
            return try balanceTransactionsRoute(call, customerID: call.segments[1])
        default: throw call.unrecognized
        }
    }

    /// The customer with `id`, or Stripe's `resource_missing`.
    func customer(_ id: String, param: String, inPath: Bool) throws(StripeAPIError) -> CustomerRecord {
        guard let customer = customers[id] else {
            throw .noSuch("customer", id, param: param, inPath: inPath)
        }
        return customer
    }

    /// The fields create and update share; `""` clears each of them.
    private func applyCustomerFields(_ params: FormParams, to customer: inout CustomerRecord) throws {
        if let email = try params.emptyableString("email") { customer.email = email }
        if let name = try params.emptyableString("name") { customer.name = name }
        if let description = try params.emptyableString("description") { customer.description = description }
        if let phone = try params.emptyableString("phone") { customer.phone = phone }
        try MetadataPatch.apply(params, to: &customer.metadata)
    }

    /// Creating a transaction moves the customer's balance; the first one fixes its currency.
    private mutating func balanceTransactionsRoute(_ call: EmulatorCall, customerID: String) throws
        -> JSONValue
    {
        let params = call.params
        var customer = try customer(customerID, param: "customer", inPath: true)
        switch call.method {
        case "POST":
            try params.rejectUnknown(["amount", "currency", "description", "metadata"])
            guard let amount = try params.int("amount") else { throw StripeAPIError.missing("amount") }
            let currency = try params.requiredString("currency").lowercased()
            if let existing = customer.currency, existing != currency {
                throw StripeAPIError.rule(
                    "currency",
                    "The customer's balance is in \(existing); a transaction in \(currency) cannot be added.")
            }
            customer.currency = currency
            customer.balance += amount
            var transaction = BalanceTransactionRecord(
                id: newID("cbtxn"), created: call.now, customer: customerID, amount: amount,
                currency: currency,
                description: try params.string("description"), endingBalance: customer.balance)
            try MetadataPatch.apply(params, to: &transaction.metadata)
            customers[customerID] = customer
            balanceTransactions[transaction.id] = transaction
            return transaction.json(livemode: livemode)
        case "GET":
            try params.rejectUnknown(["limit", "starting_after", "ending_before"])
            let slice = try ListPage(params).slice(
                balanceTransactions.idsNewestFirst, kind: "customer balance transaction"
            ) { id in
                balanceTransactions[id]?.customer == customerID
            }
            let data = slice.ids.compactMap { balanceTransactions[$0]?.json(livemode: livemode) }
            return ListPage.envelope(
                data, hasMore: slice.hasMore, url: "/v1/customers/\(customerID)/balance_transactions")
        default: throw call.unrecognized
        }
    }
}
