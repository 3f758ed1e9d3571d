"""Checks on billing credit balances (issue 12): the credit balance summary that `tariff revenue`
reads per customer holding credits, retrieved through Stripe's SDK so that its filter encoding
and the summary's shape are the ones the SDK sends and reads."""

import uuid

from sdk_checks.support import check, expect_eq


@check("credit_balance_summary_per_currency")
def check_credit_balance_summary(ctx):
    """Two grants in usd and one in eur, one usd grant voided: the summary's balances per currency."""
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("balance")})

    def grant(currency, value):
        return ctx.v1.billing.credit_grants.create({
            "customer": customer.id,
            "amount": {"type": "monetary", "monetary": {"currency": currency, "value": value}},
            "applicability_config": {"scope": {"price_type": "metered"}},
        }, {"idempotency_key": "interop-%s" % uuid.uuid4()})

    grant("usd", 1500)
    voided = grant("usd", 700)
    grant("eur", 300)
    ctx.v1.billing.credit_grants.void_grant(voided.id)
    summary = ctx.v1.billing.credit_balance_summary.retrieve({
        "customer": customer.id,
        "filter": {"type": "applicability_scope", "applicability_scope": {"price_type": "metered"}},
    })
    expect_eq(summary.object, "billing.credit_balance_summary", "object")
    balances = sorted(
        (b.available_balance.monetary.currency, b.available_balance.monetary.value,
         b.ledger_balance.monetary.value)
        for b in summary.balances)
    expect_eq(balances, [("eur", 300, 300), ("usd", 1500, 1500)], "available and ledger balances")
    by_grant = ctx.v1.billing.credit_balance_summary.retrieve({
        "customer": customer.id, "filter": {"type": "credit_grant", "credit_grant": voided.id}})
    expect_eq(len(by_grant.balances), 0, "a voided grant holds no balance")
    return "%d balances" % len(balances)
