"""Checks on what the emulator learned for billing models (issue 12): credit grants, spending
thresholds on subscriptions, and the renewal invoice a test clock produces, each through Stripe's
own SDK so that the emulator's shapes and parameters are the ones the SDK sends and reads."""

import time
import uuid

from sdk_checks.support import check, expect, expect_eq, make_licensed_price, make_product

DAY = 86400


@check("credit_grant_create_list_void")
def check_credit_grant(ctx):
    """A credit grant is created with metadata, listed per customer and voided."""
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("grant")})
    grant = ctx.v1.billing.credit_grants.create({
        "customer": customer.id, "category": "paid", "priority": 10,
        "amount": {"type": "monetary", "monetary": {"currency": "usd", "value": 2500}},
        "applicability_config": {"scope": {"price_type": "metered"}},
        "metadata": {"tariff_invoice_line": "il_interop"},
    }, {"idempotency_key": "interop-%s" % uuid.uuid4()})
    expect_eq(grant.object, "billing.credit_grant", "object")
    expect_eq((grant.amount.monetary.value, grant.amount.monetary.currency), (2500, "usd"), "amount")
    expect_eq(grant.metadata["tariff_invoice_line"], "il_interop", "metadata")
    listed = ctx.v1.billing.credit_grants.list({"customer": customer.id})
    expect_eq([g.id for g in listed.data], [grant.id], "list by customer")
    voided = ctx.v1.billing.credit_grants.void_grant(grant.id)
    expect(voided.voided_at is not None, "voided_at is set after void: %r" % voided.voided_at)
    return grant.id


@check("subscription_billing_thresholds_set_and_cleared")
def check_billing_thresholds(ctx):
    """billing_thresholds is set by an update and cleared by sending it empty."""
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("payg")})
    price = make_licensed_price(ctx, make_product(ctx, "payg").id, 1000)
    subscription = ctx.v1.subscriptions.create({
        "customer": customer.id, "items": [{"price": price.id}],
        "collection_method": "send_invoice", "days_until_due": 30})
    updated = ctx.v1.subscriptions.update(subscription.id, {
        "billing_thresholds": {"amount_gte": 5000, "reset_billing_cycle_anchor": False}})
    expect_eq(updated.billing_thresholds.amount_gte, 5000, "amount_gte")
    cleared = ctx.v1.subscriptions.update(subscription.id, {"billing_thresholds": ""})
    expect_eq(cleared.billing_thresholds, None, "billing_thresholds after clearing")
    return subscription.id


@check("test_clock_renewal_invoice")
def check_renewal_invoice(ctx):
    """Advancing a test clock past a period end leaves an invoice for the renewal, with its
    lines, found by customer and by a `created` range."""
    start = int(time.time())
    clock = ctx.v1.test_helpers.test_clocks.create({"frozen_time": start, "name": ctx.name("clock")})
    customer = ctx.v1.customers.create({
        "email": "%s@example.com" % ctx.name("clock"), "test_clock": clock.id})
    price = make_licensed_price(ctx, make_product(ctx, "clock").id, 1000)
    subscription = ctx.v1.subscriptions.create({
        "customer": customer.id, "items": [{"price": price.id, "quantity": 3}],
        "collection_method": "send_invoice", "days_until_due": 30})
    ctx.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": start + 33 * DAY})
    for _ in range(50):
        if ctx.v1.test_helpers.test_clocks.retrieve(clock.id).status == "ready":
            break
        time.sleep(0.1)
    invoices = ctx.v1.invoices.list({"customer": customer.id}).data
    # Since API 2025-03-31.basil an invoice names its subscription under parent.subscription_details.
    renewals = [i for i in invoices if i.status in ("open", "paid") and i.parent is not None
                and i.parent.subscription_details.subscription == subscription.id]
    expect(renewals, "a finalized renewal invoice: %r" % [(i.id, i.status) for i in invoices])
    lines = ctx.v1.invoices.line_items.list(renewals[0].id).data
    expect(any(line.amount == 3000 for line in lines), "a 3 × 10.00 USD line: %r" % [line.amount for line in lines])
    ranged = ctx.v1.invoices.list({"customer": customer.id, "created": {"gte": start + DAY}}).data
    expect(renewals[0].id in [i.id for i in ranged], "the renewal is created after the first day")
    before = ctx.v1.invoices.list({"customer": customer.id, "created": {"lt": start}}).data
    expect_eq(before, [], "no invoice before the clock started")
    return renewals[0].id


def _advance(ctx, clock, frozen_time):
    ctx.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": frozen_time})
    for _ in range(50):
        if ctx.v1.test_helpers.test_clocks.retrieve(clock.id).status == "ready":
            return
        time.sleep(0.1)


@check("credit_note_on_paid_invoice_and_invoice_void")
def check_credit_note(ctx):
    """A renewal paid from the customer balance is credited back line by line with a credit
    note (listed by invoice, its lines listed, then voided), and the next renewal, left open, is
    voided: what `tariff billing plan` reads to void the grants of reversed purchases."""
    start = int(time.time())
    clock = ctx.v1.test_helpers.test_clocks.create({"frozen_time": start, "name": ctx.name("refund")})
    customer = ctx.v1.customers.create({
        "email": "%s@example.com" % ctx.name("refund"), "test_clock": clock.id})
    ctx.v1.customers.balance_transactions.create(customer.id, {"amount": -5000, "currency": "usd"})
    price = make_licensed_price(ctx, make_product(ctx, "refund").id, 1000)
    subscription = ctx.v1.subscriptions.create({
        "customer": customer.id, "items": [{"price": price.id, "quantity": 3}]})
    _advance(ctx, clock, start + 33 * DAY)
    paid = ctx.v1.invoices.list({"customer": customer.id, "status": "paid"}).data
    expect(len(paid) == 1, "the renewal is paid from the balance: %r" % [(i.id, i.status) for i in paid])
    line = [item for item in paid[0].lines.data if item.amount == 3000][0]
    note = ctx.v1.credit_notes.create({
        "invoice": paid[0].id, "credit_amount": 1000,
        "lines": [{"type": "invoice_line_item", "invoice_line_item": line.id, "quantity": 1}],
    }, {"idempotency_key": "interop-%s" % uuid.uuid4()})
    expect_eq((note.object, note.status, note.total), ("credit_note", "issued", 1000), "credit note")
    listed = ctx.v1.credit_notes.list({"invoice": paid[0].id}).data
    expect_eq([n.id for n in listed], [note.id], "list by invoice")
    items = ctx.v1.credit_notes.line_items.list(note.id).data
    expect_eq([(i.invoice_line_item, i.amount) for i in items], [(line.id, 1000)], "credit note lines")
    expect_eq(ctx.v1.customers.retrieve(customer.id).balance, -3000, "balance after the credit note")
    voided = ctx.v1.credit_notes.void_credit_note(note.id)
    expect_eq(voided.status, "void", "status after void")
    expect_eq(ctx.v1.customers.retrieve(customer.id).balance, -2000, "balance after voiding it")
    _advance(ctx, clock, start + 64 * DAY)
    open_invoices = ctx.v1.invoices.list({"customer": customer.id, "status": "open"}).data
    expect(len(open_invoices) == 1, "the next renewal is open: %r" % [i.id for i in open_invoices])
    void = ctx.v1.invoices.void_invoice(open_invoices[0].id)
    expect_eq(void.status, "void", "invoice status after void")
    expect(void.status_transitions.voided_at is not None, "voided_at is set")
    return note.id
