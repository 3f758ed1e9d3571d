"""Checks on prices and billing meters: tiers, metered prices, amounts, lookup keys, updates."""

from decimal import Decimal

import stripe

from sdk_checks.support import (
    check,
    expect,
    expect_eq,
    expect_error,
    field,
    wire,
    make_product,
    make_licensed_price,
    make_meter,
)


@check("price_tiered_graduated")
def check_price_graduated(ctx):
    """A graduated tiered price; tiers are returned only when expanded."""
    product = make_product(ctx, "graduated")
    tiers = [
        {"up_to": 1000, "unit_amount": 0},
        {"up_to": 10000, "unit_amount_decimal": "0.5"},
        {"up_to": "inf", "unit_amount": 1, "flat_amount": 500},
    ]
    price = ctx.v1.prices.create({
        "product": product.id, "currency": "usd", "billing_scheme": "tiered",
        "tiers_mode": "graduated", "tiers": tiers, "recurring": {"interval": "month"},
    })
    expect_eq(price.object, "price", "object")
    expect_eq(price.billing_scheme, "tiered", "billing_scheme")
    expect_eq(price.tiers_mode, "graduated", "tiers_mode")
    expect_eq(price.unit_amount, None, "unit_amount of a tiered price")
    expect_eq(price.unit_amount_decimal, None, "unit_amount_decimal of a tiered price")
    expect_eq(price.type, "recurring", "type")
    expect("tiers" not in price, "tiers must be left out unless expanded, got %r" % field(price, "tiers"))
    expanded = ctx.v1.prices.retrieve(price.id, {"expand": ["tiers"]})
    # Compared on the wire JSON: the SDK turns decimal strings into Decimal when it decodes.
    got = [(t["up_to"], t["unit_amount"], t["unit_amount_decimal"], t["flat_amount"],
            t["flat_amount_decimal"]) for t in wire(expanded)["tiers"]]
    want = [(1000, 0, "0", None, None), (10000, None, "0.5", None, None),
            (None, 1, "1", 500, "500")]
    expect_eq(got, want, "expanded tiers (up_to, unit_amount, unit_amount_decimal, flat...)")
    return price.id


@check("price_tiered_volume")
def check_price_volume(ctx):
    """A volume tiered price, created and listed with tiers expanded."""
    product = make_product(ctx, "volume")
    price = ctx.v1.prices.create({
        "product": product.id, "currency": "eur", "billing_scheme": "tiered",
        "tiers_mode": "volume", "recurring": {"interval": "year"},
        "tiers": [{"up_to": 10, "unit_amount": 900}, {"up_to": "inf", "unit_amount": 700}],
        "expand": ["tiers"],
    })
    expect_eq(price.tiers_mode, "volume", "tiers_mode")
    expect_eq(price.currency, "eur", "currency")
    expect_eq(price.recurring.interval, "year", "recurring.interval")
    expect_eq([(t.up_to, t.unit_amount) for t in price.tiers], [(10, 900), (None, 700)],
              "tiers returned by create with expand[]=tiers")
    listed = ctx.v1.prices.list({"product": product.id, "expand": ["data.tiers"]})
    expect_eq([p.id for p in listed.data], [price.id], "list by product")
    expect_eq(len(listed.data[0].tiers), 2, "tiers in a list with expand[]=data.tiers")
    return price.id


@check("meter_and_metered_price")
def check_metered_price(ctx):
    """A billing meter and a metered price linked to it; list filters find it."""
    meter = make_meter(ctx, "api_calls")
    expect_eq(meter.object, "billing.meter", "meter object")
    expect_eq(meter.status, "active", "meter status")
    expect_eq(meter.event_name, ctx.name("api_calls"), "meter event_name")
    expect_eq(meter.default_aggregation.formula, "sum", "meter default_aggregation.formula")
    product = make_product(ctx, "metered")
    price = ctx.v1.prices.create({
        "product": product.id, "currency": "usd", "unit_amount_decimal": "0.25",
        "recurring": {"interval": "month", "usage_type": "metered", "meter": meter.id},
        "lookup_key": ctx.name("api_calls_price"),
    })
    expect_eq(price.recurring.usage_type, "metered", "recurring.usage_type")
    expect_eq(price.recurring.meter, meter.id, "recurring.meter")
    expect_eq(price.unit_amount, None, "unit_amount of a fractional price")
    expect_eq(wire(price)["unit_amount_decimal"], "0.25", "unit_amount_decimal on the wire")
    expect_eq(price.unit_amount_decimal, Decimal("0.25"), "unit_amount_decimal decoded by the SDK")
    expect_eq(price.lookup_key, ctx.name("api_calls_price"), "lookup_key")
    listed = ctx.v1.prices.list({"product": product.id, "recurring": {"usage_type": "metered"}})
    expect_eq([p.id for p in listed.data], [price.id], "list with recurring[usage_type]=metered")
    licensed = ctx.v1.prices.list({"product": product.id, "recurring": {"usage_type": "licensed"}})
    expect_eq([p.id for p in licensed.data], [], "list with recurring[usage_type]=licensed")
    expect_error(lambda: ctx.v1.prices.create({
        "product": product.id, "currency": "usd", "unit_amount": 1,
        "recurring": {"interval": "month", "usage_type": "metered"}}),
        stripe.InvalidRequestError, 400, param="recurring[meter]", what="metered price without meter")
    by_key = ctx.v1.prices.list({"lookup_keys": [ctx.name("api_calls_price")]})
    expect_eq([p.id for p in by_key.data], [price.id], "list with lookup_keys[]")
    return "%s -> %s" % (price.id, meter.id)


@check("meter_update_deactivate_reactivate")
def check_meter_lifecycle(ctx):
    """Meter rename, deactivate (no new prices on it), reactivate."""
    meter = make_meter(ctx, "lifecycle")
    renamed = ctx.v1.billing.meters.update(meter.id, {"display_name": "Renamed"})
    expect_eq(renamed.display_name, "Renamed", "display_name after update")
    inactive = ctx.v1.billing.meters.deactivate(meter.id)
    expect_eq(inactive.status, "inactive", "status after deactivate")
    listed = [m.id for m in ctx.v1.billing.meters.list({"status": "inactive", "limit": 100})
              .auto_paging_iter()]
    expect(meter.id in listed, "deactivated meter missing from list status=inactive")
    product = make_product(ctx, "inactive_meter")
    expect_error(lambda: ctx.v1.prices.create({
        "product": product.id, "currency": "usd", "unit_amount": 1,
        "recurring": {"interval": "month", "usage_type": "metered", "meter": meter.id},
    }), stripe.InvalidRequestError, 400, what="metered price on an inactive meter")
    active = ctx.v1.billing.meters.reactivate(meter.id)
    expect_eq(active.status, "active", "status after reactivate")
    return meter.id


@check("meter_event")
def check_meter_event(ctx):
    """A meter event for an active meter is accepted; an unknown event_name is not."""
    meter = make_meter(ctx, "events")
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("events")})
    event = ctx.v1.billing.meter_events.create({
        "event_name": meter.event_name, "identifier": ctx.name("event_1"),
        "payload": {"stripe_customer_id": customer.id, "value": "25"}})
    expect_eq(event.object, "billing.meter_event", "object")
    expect_eq((event.event_name, event.identifier), (meter.event_name, ctx.name("event_1")),
              "event_name and identifier")
    expect_eq(event.payload.to_dict(), {"stripe_customer_id": customer.id, "value": "25"},
              "payload")
    expect_error(lambda: ctx.v1.billing.meter_events.create({
        "event_name": ctx.name("no_such_meter"),
        "payload": {"stripe_customer_id": customer.id, "value": "1"}}),
        stripe.InvalidRequestError, 400, what="event for an unknown event_name")
    return meter.event_name


@check("price_update_nickname_metadata")
def check_price_update(ctx):
    """Price update: nickname, metadata merged, one key removed with ""."""
    product = make_product(ctx, "update")
    price = make_licensed_price(ctx, product.id, 4900, metadata={"a": "1", "b": "2"})
    updated = ctx.v1.prices.update(price.id, {"nickname": "Pro monthly", "metadata": {"c": "3"}})
    expect_eq(updated.nickname, "Pro monthly", "nickname")
    expect_eq(updated.metadata.to_dict(), {"a": "1", "b": "2", "c": "3"}, "metadata merged")
    removed = ctx.v1.prices.update(price.id, {"metadata": {"a": ""}})
    expect_eq(removed.metadata.to_dict(), {"b": "2", "c": "3"}, "metadata after a=\"\"")
    fetched = ctx.v1.prices.retrieve(price.id)
    expect_eq(fetched.metadata.to_dict(), {"b": "2", "c": "3"}, "retrieved metadata")
    expect_eq(fetched.unit_amount, 4900, "unit_amount unchanged")
    expect_eq(fetched.nickname, "Pro monthly", "retrieved nickname")
    return price.id


@check("transfer_lookup_key")
def check_transfer_lookup_key(ctx):
    """transfer_lookup_key moves a lookup key on create and on update."""
    product = make_product(ctx, "transfer")
    key = ctx.name("transfer")
    first = make_licensed_price(ctx, product.id, 1000, lookup_key=key)
    second = make_licensed_price(ctx, product.id, 1100, lookup_key=key, transfer_lookup_key=True)
    expect_eq(second.lookup_key, key, "new price holds the key")
    expect_eq(ctx.v1.prices.retrieve(first.id).lookup_key, None, "old price lost the key")
    expect_eq([p.id for p in ctx.v1.prices.list({"lookup_keys": [key]}).data], [second.id],
              "list by lookup_keys[] after create with transfer")
    third = make_licensed_price(ctx, product.id, 1200)
    moved = ctx.v1.prices.update(third.id, {"lookup_key": key, "transfer_lookup_key": True})
    expect_eq(moved.lookup_key, key, "update with transfer_lookup_key")
    expect_eq(ctx.v1.prices.retrieve(second.id).lookup_key, None, "second price lost the key")
    return "%s -> %s -> %s" % (first.id, second.id, third.id)


@check("price_amount_fields_and_filters")
def check_price_amounts(ctx):
    """Amount fields on the wire, defaults, type/currency filters, product_data, expand."""
    product = make_product(ctx, "amounts")
    whole = ctx.v1.prices.create({"product": product.id, "currency": "usd", "unit_amount": 1000})
    expect_eq(wire(whole)["unit_amount_decimal"], "1000", "unit_amount_decimal of unit_amount=1000")
    expect_eq(whole.type, "one_time", "type without recurring")
    expect_eq(whole.recurring, None, "recurring of a one-time price")
    expect_eq(whole.billing_scheme, "per_unit", "default billing_scheme")
    expect_eq(whole.tax_behavior, "unspecified", "default tax_behavior")
    fraction = ctx.v1.prices.create({"product": product.id, "currency": "usd",
                                     "unit_amount_decimal": "12.5",
                                     "recurring": {"interval": "month"},
                                     "transform_quantity": {"divide_by": 1000, "round": "up"}})
    expect_eq((fraction.unit_amount, wire(fraction)["unit_amount_decimal"]), (None, "12.5"),
              "unit_amount / unit_amount_decimal of 12.5")
    expect_eq((fraction.transform_quantity.divide_by, fraction.transform_quantity.round),
              (1000, "up"), "transform_quantity")
    expect_eq((fraction.recurring.interval, fraction.recurring.interval_count,
               fraction.recurring.usage_type), ("month", 1, "licensed"), "recurring defaults")
    one_time = [p.id for p in ctx.v1.prices.list({"product": product.id, "type": "one_time"}).data]
    expect_eq(one_time, [whole.id], "list type=one_time")
    recurring = [p.id for p in ctx.v1.prices.list({"product": product.id, "type": "recurring"}).data]
    expect_eq(recurring, [fraction.id], "list type=recurring")
    eur = [p.id for p in ctx.v1.prices.list({"product": product.id, "currency": "eur"}).data]
    expect_eq(eur, [], "list currency=eur")
    expect_error(lambda: ctx.v1.prices.create({"product": product.id, "currency": "usd",
                                               "unit_amount": 1, "unit_amount_decimal": "1"}),
                 stripe.InvalidRequestError, 400, what="both unit_amount and unit_amount_decimal")
    with_product = ctx.v1.prices.create({"currency": "usd", "unit_amount": 700,
                                         "product_data": {"name": "Inline product"}})
    inline = ctx.v1.products.retrieve(with_product.product)
    expect_eq(inline.name, "Inline product", "product created by product_data")
    expanded = ctx.v1.prices.retrieve(whole.id, {"expand": ["product"]})
    expect_eq((getattr(expanded.product, "object", None), getattr(expanded.product, "id", None)),
              ("product", product.id), "expand[]=product inlines the product")
    return "%s, %s" % (whole.id, fraction.id)


@check("price_tax_behavior_one_way")
def check_tax_behavior(ctx):
    """tax_behavior can be set once from unspecified and never changed after."""
    product = make_product(ctx, "tax")
    price = make_licensed_price(ctx, product.id, 1000)
    updated = ctx.v1.prices.update(price.id, {"tax_behavior": "exclusive"})
    expect_eq(updated.tax_behavior, "exclusive", "tax_behavior set from unspecified")
    expect_error(lambda: ctx.v1.prices.update(price.id, {"tax_behavior": "inclusive"}),
                 stripe.InvalidRequestError, 400, param="tax_behavior",
                 what="change tax_behavior once it is set")
    return price.id


@check("price_currency_options")
def check_currency_options(ctx):
    """currency_options are returned only when expanded and update in place."""
    product = make_product(ctx, "currencies")
    price = ctx.v1.prices.create({
        "product": product.id, "currency": "usd", "unit_amount": 1000,
        "recurring": {"interval": "month"},
        "currency_options": {"eur": {"unit_amount": 900}, "gbp": {"unit_amount_decimal": "800"}},
    })
    expect("currency_options" not in price, "currency_options must be left out unless expanded")
    full = ctx.v1.prices.retrieve(price.id, {"expand": ["currency_options"]})
    options = wire(full)["currency_options"]
    expect_eq(sorted(options), ["eur", "gbp", "usd"], "currency_options keys (base included)")
    expect_eq((options["eur"]["unit_amount"], options["gbp"]["unit_amount"],
               options["usd"]["unit_amount"]), (900, 800, 1000), "currency_options amounts")
    updated = ctx.v1.prices.update(price.id, {"currency_options": {"eur": {"unit_amount": 950}},
                                              "expand": ["currency_options"]})
    expect_eq(wire(updated)["currency_options"]["eur"]["unit_amount"], 950,
              "currency_options updated in place")
    return price.id
