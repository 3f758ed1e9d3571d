"""Checks on Stripe's error answers (status, SDK error class, param, code), idempotency and keys."""

import uuid

import stripe

from sdk_checks.support import (
    check,
    expect,
    expect_eq,
    expect_error,
    header,
    make_product,
    make_licensed_price,
)


@check("error_immutable_field_on_price_update")
def check_immutable(ctx):
    """An immutable price field on update is refused as an unknown parameter."""
    product = make_product(ctx, "immutable")
    price = make_licensed_price(ctx, product.id, 1000)
    expect_error(lambda: ctx.v1.prices.update(price.id, {"unit_amount": 2000}),
                 stripe.InvalidRequestError, 400, param="unit_amount", code="parameter_unknown",
                 what="update unit_amount")
    expect_error(lambda: ctx.v1.prices.update(price.id, {"recurring": {"interval": "year"}}),
                 stripe.InvalidRequestError, 400, param="recurring", code="parameter_unknown",
                 what="update recurring")
    expect_eq(ctx.v1.prices.retrieve(price.id).unit_amount, 1000, "unit_amount after rejection")
    return "param unit_amount, code parameter_unknown"


@check("error_unknown_and_missing_parameter")
def check_unknown_missing(ctx):
    """Unknown and missing parameters are refused with parameter_unknown/_missing."""
    product = make_product(ctx, "badparams")
    expect_error(lambda: ctx.v1.prices.create({
        "product": product.id, "currency": "usd", "unit_amount": 1, "colour": "red"}),
        stripe.InvalidRequestError, 400, param="colour", code="parameter_unknown",
        what="unknown parameter")
    expect_error(lambda: ctx.v1.prices.create({"product": product.id, "unit_amount": 1}),
                 stripe.InvalidRequestError, 400, param="currency", code="parameter_missing",
                 what="missing currency")
    expect_error(lambda: ctx.v1.products.create({"id": ctx.name("noname")}),
                 stripe.InvalidRequestError, 400, param="name", code="parameter_missing",
                 what="product without name")
    return "parameter_unknown, parameter_missing"


@check("error_duplicate_lookup_key")
def check_duplicate_lookup_key(ctx):
    """A lookup key held by another price is refused (param lookup_key)."""
    product = make_product(ctx, "dupkey")
    key = ctx.name("dupkey")
    holder = make_licensed_price(ctx, product.id, 1000, lookup_key=key)
    expect_error(lambda: make_licensed_price(ctx, product.id, 1200, lookup_key=key),
                 stripe.InvalidRequestError, 400, param="lookup_key",
                 what="second price with the same lookup_key")
    other = make_licensed_price(ctx, product.id, 1300)
    expect_error(lambda: ctx.v1.prices.update(other.id, {"lookup_key": key}),
                 stripe.InvalidRequestError, 400, param="lookup_key",
                 what="update to a taken lookup_key")
    expect_eq(ctx.v1.prices.retrieve(holder.id).lookup_key, key, "holder keeps the key")
    return "param lookup_key"


@check("error_archive_default_price")
def check_archive_default_price(ctx):
    """A product's default price cannot be archived until the default moves."""
    product = make_product(ctx, "defaultprice")
    price = make_licensed_price(ctx, product.id, 1500)
    updated = ctx.v1.products.update(product.id, {"default_price": price.id})
    expect_eq(updated.default_price, price.id, "default_price")
    # Stripe answers "This price cannot be archived because it is the default price of its
    # product."; the param it names is not documented, so `active` (the field sent) is expected.
    err = expect_error(lambda: ctx.v1.prices.update(price.id, {"active": False}),
                       stripe.InvalidRequestError, 400, param="active",
                       what="archive the default price")
    expect("default" in str(err.user_message or "").lower(),
           "message should say why: %r" % err.user_message)
    expect_eq(ctx.v1.prices.retrieve(price.id).active, True, "price still active")
    # The documented way out: point default_price at another price, then archive the old one.
    successor = make_licensed_price(ctx, product.id, 1600)
    ctx.v1.products.update(product.id, {"default_price": successor.id})
    expect_eq(ctx.v1.prices.update(price.id, {"active": False}).active, False,
              "archive after moving default_price")
    return "param active"


@check("resource_missing_404")
def check_not_found(ctx):
    """Unknown ids answer 404 resource_missing; an unknown product in a body answers 400."""
    missing = ctx.name("nope")
    calls = [
        ("price", lambda: ctx.v1.prices.retrieve("price_" + missing)),
        ("product", lambda: ctx.v1.products.retrieve("prod_" + missing)),
        ("customer", lambda: ctx.v1.customers.retrieve("cus_" + missing)),
        ("subscription", lambda: ctx.v1.subscriptions.retrieve("sub_" + missing)),
        ("meter", lambda: ctx.v1.billing.meters.retrieve("mtr_" + missing)),
        ("price update", lambda: ctx.v1.prices.update("price_" + missing, {"nickname": "x"})),
    ]
    for what, call in calls:
        err = expect_error(call, stripe.InvalidRequestError, 404, code="resource_missing", what=what)
        expect(missing in str(err.user_message), "%s: message should quote the id: %r"
               % (what, err.user_message))
    expect_error(lambda: ctx.v1.prices.create({
        "product": "prod_" + missing, "currency": "usd", "unit_amount": 1}),
        stripe.InvalidRequestError, 400, param="product", code="resource_missing",
        what="price for an unknown product")
    return "%d endpoints" % (len(calls) + 1)


@check("idempotent_replay")
def check_idempotency(ctx):
    """Same key and parameters replay; other parameters fail; a refused request is not kept."""
    email = "%s@example.com" % ctx.name("idem")
    key = "interop-%s" % uuid.uuid4()
    params = {"email": email, "metadata": {"n": "1"}}
    first = ctx.v1.customers.create(params, {"idempotency_key": key})
    second = ctx.v1.customers.create(params, {"idempotency_key": key})
    expect_eq(second.id, first.id, "replayed id")
    expect_eq(header(second.last_response, "Idempotent-Replayed"), "true",
              "Idempotent-Replayed header on the replay")
    expect_eq(len(ctx.v1.customers.list({"email": email}).data), 1, "customers with that email")
    expect_error(lambda: ctx.v1.customers.create({"email": email, "metadata": {"n": "2"}},
                                                 {"idempotency_key": key}),
                 stripe.IdempotencyError, 400, what="same key, other parameters")
    # A request rejected by validation is not stored: fixing it under the same key succeeds.
    product_key = "interop-%s" % uuid.uuid4()
    expect_error(lambda: ctx.v1.products.create({"id": ctx.name("idem_prod")},
                                                {"idempotency_key": product_key}),
                 stripe.InvalidRequestError, 400, param="name", what="invalid first attempt")
    fixed = ctx.v1.products.create({"id": ctx.name("idem_prod"), "name": "Fixed"},
                                   {"idempotency_key": product_key})
    expect_eq(fixed.id, ctx.name("idem_prod"), "product created after a rejected attempt")
    return first.id


@check("idempotency_key_other_endpoint")
def check_idempotency_other_endpoint(ctx):
    """A key reused on another endpoint is an idempotency_error."""
    key = "interop-%s" % uuid.uuid4()
    ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("idem2")},
                            {"idempotency_key": key})
    expect_error(lambda: ctx.v1.products.create({"id": ctx.name("idem2"), "name": "x"},
                                        {"idempotency_key": key}),
                 stripe.IdempotencyError, 400, what="same key on another endpoint")
    expect_error(lambda: ctx.v1.products.retrieve(ctx.name("idem2")), stripe.InvalidRequestError,
                 404, code="resource_missing", what="the rejected request created nothing")
    return "idempotency_error"


@check("authentication_error_401")
def check_bad_key(ctx):
    """A malformed API key answers 401 (AuthenticationError)."""
    bad = ctx.make_client("not_a_stripe_key")
    expect_error(lambda: bad.v1.products.list(), stripe.AuthenticationError, 401,
                 what="list with an invalid key")
    return "AuthenticationError"


@check("restricted_key_permission_error")
def check_restricted_key(ctx):
    """A read-only restricted key reads, and gets 403 naming the missing permission."""
    # Needs a server that knows the key (run passes TARIFF_EMULATOR_RESTRICTED_KEYS to the
    # emulator): it may read products and prices and do nothing else.
    expect(ctx.restricted_key, "no restricted key given (--restricted-key)")
    limited = ctx.make_client(ctx.restricted_key).v1
    product = make_product(ctx, "restricted")
    expect_eq(limited.products.retrieve(product.id).id, product.id, "read with product_read")
    limited.prices.list({"product": product.id})
    err = expect_error(lambda: limited.products.update(product.id, {"name": "x"}),
                       stripe.PermissionError, 403, what="product update with a read-only key")
    expect("rak_product_write" in str(err.user_message),
           "message should name rak_product_write: %r" % err.user_message)
    err = expect_error(lambda: limited.customers.list(), stripe.PermissionError, 403,
                       what="customer list without customer_read")
    expect("rak_customer_read" in str(err.user_message),
           "message should name rak_customer_read: %r" % err.user_message)
    expect_eq(ctx.v1.products.retrieve(product.id).name, "Interop restricted", "name unchanged")
    return "403 naming rak_product_write, rak_customer_read"


@check("error_validation_params")
def check_validation_params(ctx):
    """Requests Stripe refuses with a 400 naming the offending parameter."""
    # Requests Stripe refuses with a 400 naming the offending parameter.
    product = make_product(ctx, "validation")
    archived = make_licensed_price(ctx, product.id, 500)
    ctx.v1.prices.update(archived.id, {"active": False})
    one_time = ctx.v1.prices.create({"product": product.id, "currency": "usd", "unit_amount": 5})
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("validation")})
    cases = [
        ("subscription on an archived price", "items[0][price]", lambda: ctx.v1.subscriptions.create(
            {"customer": customer.id, "items": [{"price": archived.id}],
             "collection_method": "send_invoice", "days_until_due": 30})),
        ("subscription on a one-time price", "items[0][price]", lambda: ctx.v1.subscriptions.create(
            {"customer": customer.id, "items": [{"price": one_time.id}],
             "collection_method": "send_invoice", "days_until_due": 30})),
        ("51 metadata keys", "metadata", lambda: ctx.v1.products.update(
            product.id, {"metadata": {"k%d" % i: "v" for i in range(51)}})),
        ("metadata value of 501 characters", "metadata[k]", lambda: ctx.v1.products.update(
            product.id, {"metadata": {"k": "v" * 501}})),
        ("unknown currency", "currency", lambda: ctx.v1.prices.create(
            {"product": product.id, "currency": "usdd", "unit_amount": 5})),
        ("webhook url that is not a URL", "url", lambda: ctx.v1.webhook_endpoints.create(
            {"url": "not-a-url", "enabled_events": ["*"]})),
        ("empty product name", "name", lambda: ctx.v1.products.update(product.id, {"name": ""})),
    ]
    for what, param, call in cases:
        expect_error(call, stripe.InvalidRequestError, 400, param=param, what=what)
    return "%d refusals with the right param" % len(cases)
