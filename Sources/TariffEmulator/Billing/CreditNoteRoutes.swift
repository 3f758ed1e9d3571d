extension EmulatorState {
    /// `/v1/credit_notes`: create, list (`customer`, `invoice`, `created`), retrieve,
    /// `…/{id}/lines` and `…/{id}/void`. See `CreditNoteRecord` for what is modelled.
    mutating func creditNotesRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        switch (call.method, call.segments.count) {
        case ("POST", 1):
            return try createCreditNote(call).json(livemode: livemode)
        case ("GET", 1):
            try params.rejectUnknown([
                "customer", "invoice", "created", "limit", "starting_after", "ending_before",
            ])
            let created = try CreatedRange(params)
            let customer = try params.string("customer")
            let invoice = try params.string("invoice")
            let slice = try ListPage(params).slice(creditNotes.idsNewestFirst, kind: "credit note") { id in
                guard let note = creditNotes[id] else { return false }
                return (customer.map { $0 == note.customer } ?? true)
                    && (invoice.map { $0 == note.invoice } ?? true) && created.contains(note.created)
            }
            let data = slice.ids.compactMap { creditNotes[$0]?.json(livemode: livemode) }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/credit_notes")
        case ("GET", 2):
            try params.rejectUnknown([])
            return try creditNote(call.segments[1]).json(livemode: livemode)
        case ("GET", 3) where call.segments[2] == "lines":
            try params.rejectUnknown(["limit", "starting_after", "ending_before"])
            let note = try creditNote(call.segments[1])
            let slice = try ListPage(params).slice(note.lines.map(\.id), kind: "credit note line item") { _ in
                true
            }
            let byID = Dictionary(uniqueKeysWithValues: note.lines.map { ($0.id, $0) })
            let data = slice.ids.compactMap { byID[$0].map { note.lineJSON($0, livemode: livemode) } }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/credit_notes/\(note.id)/lines")
        case ("POST", 3) where call.segments[2] == "void":
            try params.rejectUnknown([])
            return try voidCreditNote(call.segments[1], now: call.now).json(livemode: livemode)
        default: throw call.unrecognized
        }
    }

    /// Issues a post-payment credit note on a paid invoice: every line names one of the
    /// invoice's lines with an `amount` or a `quantity` (times the line's unit amount); the
    /// lines together may not credit an invoice line beyond its amount; `credit_amount` and
    /// `out_of_band_amount` must add up to the total, as Stripe requires of post-payment credit
    /// notes (https://docs.stripe.com/api/credit_notes/create).
    private mutating func createCreditNote(_ call: EmulatorCall) throws -> CreditNoteRecord {
        let params = call.params
        try params.rejectUnknown([
            "invoice", "lines", "credit_amount", "out_of_band_amount", "refund_amount", "refunds", "memo",
            "metadata", "reason", "email_type", "amount",
        ])
        let invoiceID = try params.requiredString("invoice")
        guard var invoice = invoices[invoiceID] else {
            throw StripeAPIError.noSuch("invoice", invoiceID, param: "invoice", inPath: false)
        }
        guard invoice.status == "paid" else {
            throw StripeAPIError.rule(
                "invoice",
                "The emulator issues credit notes on paid invoices only; \(invoiceID) is \(invoice.status).")
        }
        if params.has("amount") {
            throw StripeAPIError.rule(
                "amount", "The emulator credits invoice lines only: pass lines[] instead.")
        }
        if (try params.int("refund_amount") ?? 0) != 0 || params.has("refunds") {
            throw StripeAPIError.rule(
                "refund_amount",
                "The invoice \(invoiceID) was paid without a payment (credits or customer balance), so "
                    + "there is nothing to refund; use credit_amount or out_of_band_amount.")
        }
        guard let entries = try params.objects("lines"), !entries.isEmpty else {
            throw StripeAPIError.missing("lines")
        }
        let time = time(forCustomer: invoice.customer, now: call.now)
        let noteID = newID("cn")
        var lines: [CreditNoteRecord.Line] = []
        for entry in entries {
            lines.append(try creditNoteLine(entry, invoice: invoice, earlier: lines))
        }
        let total = lines.reduce(0) { $0 + $1.amount }
        let credit = try params.int("credit_amount") ?? 0
        let outOfBand = try params.int("out_of_band_amount") ?? 0
        guard credit >= 0, outOfBand >= 0, credit + outOfBand == total else {
            throw StripeAPIError.rule(
                "credit_amount",
                "The sum of credit_amount (\(credit)) and out_of_band_amount (\(outOfBand)) must equal the "
                    + "credit note total (\(total)).")
        }
        let sequence = creditNotes.newestFirst.filter { $0.invoice == invoiceID }.count + 1
        var note = CreditNoteRecord(
            id: noteID, created: time, customer: invoice.customer, invoice: invoiceID,
            currency: invoice.currency,
            number: "\(invoice.number ?? invoiceID)-CN-\(sequence < 10 ? "0" : "")\(sequence)", lines: lines,
            creditAmount: credit, outOfBandAmount: outOfBand, memo: try params.string("memo"),
            reason: try params.oneOf(
                "reason", ["duplicate", "fraudulent", "order_change", "product_unsatisfactory"]))
        try MetadataPatch.apply(params, to: &note.metadata)
        if credit > 0 {
            note.balanceTransaction = try moveBalance(
                customer: invoice.customer, by: -credit, currency: invoice.currency, creditNote: noteID,
                at: time)
        }
        invoice.postPaymentCreditNotesAmount += total
        invoices[invoiceID] = invoice
        creditNotes[noteID] = note
        return note
    }

    /// One `lines[N]` entry: `type=invoice_line_item` naming a line of `invoice`, with an
    /// `amount` or a `quantity`. Stripe documents that a line credited by quantity can only be
    /// credited by quantity again, and by amount likewise.
    private mutating func creditNoteLine(
        _ entry: FormParams, invoice: InvoiceRecord, earlier: [CreditNoteRecord.Line]
    ) throws -> CreditNoteRecord.Line {
        try entry.rejectUnknown([
            "type", "invoice_line_item", "amount", "quantity", "description", "metadata",
        ])
        guard try entry.oneOf("type", ["invoice_line_item", "custom_line_item"]) == "invoice_line_item" else {
            throw StripeAPIError.rule(
                entry.name("type"), "The emulator credits invoice lines only (type=invoice_line_item).")
        }
        let lineID = try entry.requiredString("invoice_line_item")
        guard let line = invoice.lines.first(where: { $0.id == lineID }) else {
            throw StripeAPIError.noSuch(
                "invoice line item", lineID, param: entry.name("invoice_line_item"), inPath: false)
        }
        let amount = try entry.int("amount")
        let quantity = try entry.int("quantity")
        if amount != nil, quantity != nil {
            throw StripeAPIError.exclusive(entry.name("amount"), entry.name("quantity"))
        }
        let previous =
            creditNotes.newestFirst.filter { $0.invoice == invoice.id && $0.status == "issued" }
            .flatMap(\.lines) + earlier
        let before = previous.filter { $0.invoiceLine == lineID }
        if let first = before.first, (first.quantity != nil) != (quantity != nil) {
            throw StripeAPIError.rule(
                entry.name(quantity != nil ? "quantity" : "amount"),
                "The invoice line \(lineID) was credited by \(first.quantity != nil ? "quantity" : "amount") "
                    + "before; credit it the same way.")
        }
        let unitAmount = line.quantity > 0 ? line.amount / line.quantity : 0
        let credited: Int
        if let quantity {
            guard quantity > 0 else {
                throw StripeAPIError.invalid(
                    entry.name("quantity"), code: "parameter_invalid_integer", "quantity must be positive.")
            }
            credited = quantity * unitAmount
        } else if let amount {
            guard amount > 0 else {
                throw StripeAPIError.invalid(
                    entry.name("amount"), code: "parameter_invalid_integer", "amount must be positive.")
            }
            credited = amount
        } else {
            throw StripeAPIError.missing(entry.name("amount"))
        }
        let already = before.reduce(0) { $0 + $1.amount }
        guard already + credited <= line.amount else {
            throw StripeAPIError.rule(
                entry.name(quantity != nil ? "quantity" : "amount"),
                "The invoice line \(lineID) has \(line.amount - already) left to credit; \(credited) asked.")
        }
        return CreditNoteRecord.Line(
            id: newID("cnli"), invoiceLine: lineID, amount: credited, quantity: quantity,
            unitAmount: quantity == nil ? nil : unitAmount,
            description: try entry.string("description") ?? line.description)
    }

    /// Voids an issued credit note: its customer balance credit is taken back and the invoice's
    /// `post_payment_credit_notes_amount` lowered again.
    private mutating func voidCreditNote(_ id: String, now: Int) throws -> CreditNoteRecord {
        var note = try creditNote(id)
        guard note.status == "issued" else {
            throw StripeAPIError.rule(nil, "The credit note \(id) is already voided.")
        }
        let time = time(forCustomer: note.customer, now: now)
        if note.creditAmount > 0 {
            _ = try moveBalance(
                customer: note.customer, by: note.creditAmount, currency: note.currency, creditNote: id,
                at: time)
        }
        if var invoice = invoices[note.invoice] {
            invoice.postPaymentCreditNotesAmount -= note.total
            invoices[invoice.id] = invoice
        }
        note.status = "void"
        note.voidedAt = time
        creditNotes[id] = note
        return note
    }

    /// A `credit_note` customer balance transaction moving the balance by `amount` (negative:
    /// a credit); returns its id.
    private mutating func moveBalance(
        customer customerID: String, by amount: Int, currency: String, creditNote: String, at time: Int
    ) throws -> String {
        var customer = try customer(customerID, param: "customer", inPath: false)
        if let existing = customer.currency, existing != currency {
            throw StripeAPIError.rule(
                "credit_amount",
                "The customer's balance is in \(existing); a credit in \(currency) cannot be added.")
        }
        customer.currency = currency
        customer.balance += amount
        customers[customerID] = customer
        var transaction = BalanceTransactionRecord(
            id: newID("cbtxn"), created: time, customer: customerID, amount: amount, currency: currency,
            description: nil, endingBalance: customer.balance, type: "credit_note")
        transaction.creditNote = creditNote
        balanceTransactions[transaction.id] = transaction
        return transaction.id
    }

    /// The credit note with `id`, or Stripe's `resource_missing`.
    private func creditNote(_ id: String) throws(StripeAPIError) -> CreditNoteRecord {
        guard let note = creditNotes[id] else { throw .noSuch("credit note", id, param: "id", inPath: true) }
        return note
    }
}
