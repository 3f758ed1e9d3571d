extension EmulatorState {
    /// `/v1/invoices`: list (filters `customer`, `subscription`, `status`, `created`), retrieve,
    /// `…/{id}/lines` and `…/{id}/void`. Invoices are created only by test clocks (see
    /// `Invoicing.swift`).
    mutating func invoicesRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        switch (call.method, call.segments.count) {
        case ("GET", 1):
            try params.rejectUnknown([
                "customer", "subscription", "status", "created", "limit", "starting_after", "ending_before",
            ])
            let created = try CreatedRange(params)
            let customer = try params.string("customer")
            let subscription = try params.string("subscription")
            let status = try params.oneOf("status", ["draft", "open", "paid", "uncollectible", "void"])
            let slice = try ListPage(params).slice(invoices.idsNewestFirst, kind: "invoice") { id in
                guard let invoice = invoices[id] else { return false }
                return (customer.map { $0 == invoice.customer } ?? true)
                    && (subscription.map { $0 == invoice.subscription } ?? true)
                    && (status.map { $0 == invoice.status } ?? true) && created.contains(invoice.created)
            }
            let data = slice.ids.compactMap { invoices[$0]?.json(livemode: livemode) }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/invoices")
        case ("POST", 2) where call.segments[1] == "create_preview":
            return try invoicePreview(call)
        case ("GET", 2):
            try params.rejectUnknown([])
            return try invoice(call.segments[1]).json(livemode: livemode)
        case ("GET", 3) where call.segments[2] == "lines":
            try params.rejectUnknown(["limit", "starting_after", "ending_before"])
            let invoice = try invoice(call.segments[1])
            let ids = invoice.lines.map(\.id)
            let slice = try ListPage(params).slice(ids, kind: "line item") { _ in true }
            let byID = Dictionary(uniqueKeysWithValues: invoice.lines.map { ($0.id, $0) })
            let data = slice.ids.compactMap { byID[$0].map { invoice.lineJSON($0, livemode: livemode) } }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/invoices/\(invoice.id)/lines")
        case ("POST", 3) where call.segments[2] == "void":
            try params.rejectUnknown([])
            return try voidInvoice(call.segments[1], now: call.now).json(livemode: livemode)
        default: throw call.unrecognized
        }
    }

    /// Stripe voids finalized invoices that are not paid: `open` or `uncollectible` ones
    /// (https://docs.stripe.com/invoicing/integration/workflow-transitions). Giving back the customer balance or
    /// credits a voided invoice had taken is not modelled.
    private mutating func voidInvoice(_ id: String, now: Int) throws -> InvoiceRecord {
        var invoice = try invoice(id)
        guard ["open", "uncollectible"].contains(invoice.status) else {
            throw StripeAPIError.rule(
                nil, "You can only void open or uncollectible invoices; \(id) is \(invoice.status).")
        }
        invoice.status = "void"
        invoice.voidedAt = time(forCustomer: invoice.customer, now: now)
        invoices[id] = invoice
        return invoice
    }

    /// The invoice with `id`, or Stripe's `resource_missing`.
    private func invoice(_ id: String) throws(StripeAPIError) -> InvoiceRecord {
        guard let invoice = invoices[id] else { throw .noSuch("invoice", id, param: "invoice", inPath: true) }
        return invoice
    }
}
