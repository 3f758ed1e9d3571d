#!/usr/bin/env python3
"""Drives a Stripe-compatible server with Stripe's official Python SDK (stripe==16.1.0).

Each check is a named scenario that the SDK runs against the server at --api-base. The
expectations are Stripe's documented behaviour (see shared/reference/stripe-api.md), never the
emulator's: when the two disagree, the check fails and the mismatch goes into FINDINGS.md.

Usage: stripe_sdk_interop.py --api-base http://127.0.0.1:PORT [--only NAME[,NAME]] [--list]
Prints one PASS/FAIL line per check, then exactly `N passed, M failed`; exits 1 if M > 0.

Every object this run creates carries a per-run tag, so the checks also work against a server
that already holds data (they never assume an empty account).
"""

import argparse
import os
import sys
import time
import traceback
import uuid
from decimal import Decimal

import requests
import stripe

# A test-mode key that only means something to the emulator; it is still never printed.
API_KEY = os.environ.get("INTEROP_STRIPE_API_KEY", "sk_test_tariff_interop_0000000000")
REQUEST_TIMEOUT_SECONDS = 20


class CheckFailed(Exception):
    """An expectation about Stripe's behaviour that the server did not meet."""


class CountingHTTPClient(stripe.RequestsClient):
    """The SDK's own requests-based transport, counting requests so paging can be verified."""

    def __init__(self, **kwargs):
        session = requests.Session()
        # Loopback only: never let a proxy from the environment see these requests.
        session.trust_env = False
        super().__init__(session=session, timeout=REQUEST_TIMEOUT_SECONDS, **kwargs)
        self.calls = []

    def request(self, method, url, headers, post_data=None):
        self.calls.append((method.upper(), url))
        return super().request(method, url, headers, post_data)


class Context:
    """Shared state of one run: the SDK client, the run tag and the request counter."""

    def __init__(self, api_base, restricted_key=None):
        stripe.enable_telemetry = False
        self.restricted_key = restricted_key
        self.http = CountingHTTPClient()
        self.api_base = api_base
        self.client = self.make_client(API_KEY)
        self.tag = uuid.uuid4().hex[:10]
        self.v1 = self.client.v1

    def make_client(self, api_key, retries=0):
        """Builds a StripeClient aimed at the server under test (SDK retries off by default)."""
        return stripe.StripeClient(
            api_key,
            base_addresses={"api": self.api_base},
            max_network_retries=retries,
            http_client=self.http,
        )

    def name(self, suffix):
        """A name unique to this run, for custom ids, event names and lookup keys."""
        return "interop_%s_%s" % (self.tag, suffix)


# ---------------------------------------------------------------------------------------------
# Assertion helpers


def expect(condition, detail):
    if not condition:
        raise CheckFailed(detail)


def expect_eq(actual, expected, what):
    if actual != expected:
        raise CheckFailed("%s: expected %r, got %r" % (what, expected, actual))


def field(obj, key):
    """A response field, or the marker MISSING when the server left the key out."""
    try:
        return obj[key]
    except KeyError:
        return MISSING


class _Missing:
    def __repr__(self):
        return "<absent>"


MISSING = _Missing()


def expect_error(call, error_class, status, param=MISSING, code=MISSING, what="request"):
    """Runs `call`, which must raise `error_class` with this HTTP status (and param/code)."""
    try:
        result = call()
    except error_class as err:
        expect_eq(err.http_status, status, "%s: HTTP status" % what)
        body = (err.json_body or {}).get("error", {})
        if param is not MISSING:
            expect_eq(getattr(err, "param", body.get("param")), param, "%s: error.param" % what)
        if code is not MISSING:
            expect_eq(err.code, code, "%s: error.code" % what)
        expect(isinstance(body.get("message"), str) and body.get("message"),
               "%s: error.message missing" % what)
        expect(str(err.request_id or "").startswith("req_"),
               "%s: Request-Id header should be req_…, got %r" % (what, err.request_id))
        return err
    except stripe.StripeError as err:
        raise CheckFailed("%s: expected %s, got %s (HTTP %s, code %r, body %s)" % (
            what, error_class.__name__, type(err).__name__, err.http_status, err.code,
            (err.http_body or "")[:300]))
    raise CheckFailed("%s: expected %s (HTTP %d), but it succeeded: %s" % (
        what, error_class.__name__, status, str(result)[:200]))


def wire(obj):
    """The JSON object exactly as the server sent it (before the SDK's typed decoding)."""
    return obj.last_response.data


def header(response, name):
    """A response header, looked up case-insensitively."""
    for key, value in (response.headers or {}).items():
        if key.lower() == name.lower():
            return value
    return None


# ---------------------------------------------------------------------------------------------
# Fixtures shared by several checks


def make_product(ctx, suffix, **extra):
    params = {"id": ctx.name(suffix), "name": "Interop %s" % suffix}
    params.update(extra)
    return ctx.v1.products.create(params)


def make_licensed_price(ctx, product_id, amount, **extra):
    params = {
        "product": product_id,
        "currency": "usd",
        "unit_amount": amount,
        "recurring": {"interval": "month"},
    }
    params.update(extra)
    return ctx.v1.prices.create(params)


def make_meter(ctx, suffix):
    return ctx.v1.billing.meters.create({
        "display_name": "Interop %s" % suffix,
        "event_name": ctx.name(suffix),
        "default_aggregation": {"formula": "sum"},
    })


# ---------------------------------------------------------------------------------------------
# Checks. Each returns a short detail string for the PASS line or raises CheckFailed.

CHECKS = []
SUITES = ("main", "drop", "ratelimit")


def check(name, suite="main"):
    """Registers a check in a suite; each suite expects its own emulator (see `run`)."""
    def register(function):
        CHECKS.append((name, suite, function))
        return function
    return register


@check("account_retrieve")
def check_account(ctx):
    account = ctx.v1.accounts.retrieve_current()
    expect_eq(account.object, "account", "object")
    expect(isinstance(account.id, str) and account.id.startswith("acct_"),
           "id should start with acct_, got %r" % account.id)
    return account.id


@check("product_custom_id")
def check_product_custom_id(ctx):
    product = make_product(ctx, "custom", metadata={"plan_key": "pro"}, description="Pro plan")
    expect_eq(product.id, ctx.name("custom"), "id")
    expect_eq(product.object, "product", "object")
    expect_eq(product.active, True, "active")
    expect_eq(product.livemode, False, "livemode")
    expect_eq(product.metadata.to_dict(), {"plan_key": "pro"}, "metadata")
    fetched = ctx.v1.products.retrieve(product.id)
    expect_eq(fetched.id, product.id, "retrieved id")
    expect_eq(fetched.name, "Interop custom", "retrieved name")
    expect_eq(fetched.description, "Pro plan", "retrieved description")
    return product.id


@check("product_duplicate_id")
def check_product_duplicate_id(ctx):
    make_product(ctx, "dup")
    expect_error(lambda: make_product(ctx, "dup"), stripe.InvalidRequestError, 400,
                 code="resource_already_exists", what="second create with the same id")
    return "resource_already_exists"


@check("price_tiered_graduated")
def check_price_graduated(ctx):
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


@check("auto_pagination_prices_120")
def check_pagination_prices(ctx):
    product = make_product(ctx, "paging")
    created = [make_licensed_price(ctx, product.id, 100 + i, nickname="p%03d" % i).id
               for i in range(120)]
    newest_first = list(reversed(created))
    before = len(ctx.http.calls)
    first = ctx.v1.prices.list({"product": product.id, "limit": 100})
    expect_eq(first.object, "list", "list object")
    expect_eq(first.url, "/v1/prices", "list url")
    expect_eq(len(first.data), 100, "first page size")
    expect_eq(first.has_more, True, "first page has_more")
    seen = [p.id for p in first.auto_paging_iter()]
    expect_eq(len(seen), 120, "objects seen by auto_paging_iter")
    expect_eq(seen, newest_first, "order (newest first, no duplicates or gaps)")
    expect_eq(len(ctx.http.calls) - before, 2, "HTTP requests for 120 objects at limit=100")
    small = [p.id for p in ctx.v1.prices.list({"product": product.id, "limit": 7}).auto_paging_iter()]
    expect_eq(small, newest_first, "order at limit=7")
    # Walking backwards: ending_before the 21st-newest returns the 20 newer ones, newest first.
    back = ctx.v1.prices.list({"product": product.id, "limit": 100, "ending_before": newest_first[20]})
    expect_eq([p.id for p in back.data], newest_first[:20], "page with ending_before")
    return "120 prices, 2 requests at limit=100, 18 pages at limit=7"


@check("auto_pagination_products_120")
def check_pagination_products(ctx):
    created = [make_product(ctx, "pg_%03d" % i).id for i in range(120)]
    ours = set(created)
    before = len(ctx.http.calls)
    listed = list(ctx.v1.products.list({"limit": 100}).auto_paging_iter())
    ids = [p.id for p in listed]
    expect_eq(len(ids), len(set(ids)), "duplicate ids across pages")
    stamps = [p.created for p in listed]
    expect(all(a >= b for a, b in zip(stamps, stamps[1:])), "created is not newest first")
    expect_eq([i for i in ids if i in ours], list(reversed(created)),
              "our 120 products, newest first")
    pages = len(ctx.http.calls) - before
    expect_eq(pages, (len(ids) + 99) // 100, "requests for %d products at limit=100" % len(ids))
    return "%d products listed in %d pages" % (len(ids), pages)


@check("price_update_nickname_metadata")
def check_price_update(ctx):
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


@check("product_update_metadata_description")
def check_product_update(ctx):
    product = make_product(ctx, "pupdate", metadata={"x": "1", "y": "2"}, description="Old")
    updated = ctx.v1.products.update(product.id, {
        "name": "New name", "metadata": {"x": "", "z": "3"}, "description": "",
    })
    expect_eq(updated.name, "New name", "name")
    expect_eq(updated.metadata.to_dict(), {"y": "2", "z": "3"}, "metadata")
    expect_eq(updated.description, None, "description after description=\"\"")
    return product.id


@check("archive_price_and_product")
def check_archive(ctx):
    product = make_product(ctx, "archive")
    keep = make_licensed_price(ctx, product.id, 1000)
    gone = make_licensed_price(ctx, product.id, 2000)
    archived = ctx.v1.prices.update(gone.id, {"active": False})
    expect_eq(archived.active, False, "price active after archive")
    default_list = [p.id for p in ctx.v1.prices.list({"product": product.id}).data]
    expect_eq(default_list, [keep.id], "default price list (active only)")
    inactive = [p.id for p in ctx.v1.prices.list({"product": product.id, "active": False}).data]
    expect_eq(inactive, [gone.id], "price list with active=false")
    ctx.v1.prices.update(keep.id, {"active": False})
    archived_product = ctx.v1.products.update(product.id, {"active": False})
    expect_eq(archived_product.active, False, "product active after archive")
    inactive_products = [p.id for p in ctx.v1.products.list({"active": False, "limit": 100})
                         .auto_paging_iter()]
    expect(product.id in inactive_products, "archived product missing from active=false list")
    active_products = [p.id for p in ctx.v1.products.list({"active": True, "limit": 100})
                       .auto_paging_iter()]
    expect(product.id not in active_products, "archived product still in active=true list")
    return "%s, %s" % (gone.id, product.id)


@check("error_immutable_field_on_price_update")
def check_immutable(ctx):
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


@check("transfer_lookup_key")
def check_transfer_lookup_key(ctx):
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


@check("webhook_endpoint_secret_only_on_create")
def check_webhook_endpoint(ctx):
    url = "https://example.com/hooks/%s" % ctx.tag
    endpoint = ctx.v1.webhook_endpoints.create({
        "url": url, "enabled_events": ["invoice.paid", "customer.subscription.updated"],
        "description": "interop", "metadata": {"k": "v"},
    })
    expect_eq(endpoint.object, "webhook_endpoint", "object")
    expect(str(field(endpoint, "secret")).startswith("whsec_"),
           "create must return secret whsec_…, got %r" % field(endpoint, "secret"))
    expect_eq(endpoint.status, "enabled", "status")
    expect_eq(list(endpoint.enabled_events), ["invoice.paid", "customer.subscription.updated"],
              "enabled_events")
    fetched = ctx.v1.webhook_endpoints.retrieve(endpoint.id)
    expect("secret" not in fetched, "retrieve must not return secret")
    expect_eq(fetched.url, url, "retrieved url")
    listed = [e for e in ctx.v1.webhook_endpoints.list({"limit": 100}).auto_paging_iter()
              if e.id == endpoint.id]
    expect_eq(len(listed), 1, "endpoint in list")
    expect("secret" not in listed[0], "list must not return secret")
    updated = ctx.v1.webhook_endpoints.update(endpoint.id, {
        "enabled_events": ["price.updated"], "disabled": True})
    expect_eq(list(updated.enabled_events), ["price.updated"], "enabled_events replaced")
    expect_eq(updated.status, "disabled", "status after disabled=true")
    expect("secret" not in updated, "update must not return secret")
    err = expect_error(lambda: ctx.v1.webhook_endpoints.create({
        "url": url, "enabled_events": ["not.an_event"]}),
        stripe.InvalidRequestError, 400, what="unknown enabled event")
    expect(str(err.param or "").startswith("enabled_events"),
           "param should name enabled_events, got %r" % err.param)
    deleted = ctx.v1.webhook_endpoints.delete(endpoint.id)
    expect_eq(deleted.deleted, True, "deleted")
    expect_error(lambda: ctx.v1.webhook_endpoints.retrieve(endpoint.id),
                 stripe.InvalidRequestError, 404, code="resource_missing",
                 what="retrieve after delete")
    return endpoint.id


def make_subscription_fixture(ctx, suffix):
    """A customer, a product with two licensed prices and a metered one, and a subscription."""
    customer = ctx.v1.customers.create({
        "email": "%s@example.com" % ctx.name(suffix), "name": "Interop", "metadata": {"k": "v"}})
    product = make_product(ctx, suffix)
    base = make_licensed_price(ctx, product.id, 1000)
    bigger = make_licensed_price(ctx, product.id, 2000)
    other = make_licensed_price(ctx, product.id, 3000)
    meter = make_meter(ctx, suffix + "_meter")
    metered = ctx.v1.prices.create({
        "product": product.id, "currency": "usd", "unit_amount": 2,
        "recurring": {"interval": "month", "usage_type": "metered", "meter": meter.id}})
    # send_invoice needs no payment method, which a charge_automatically subscription would.
    subscription = ctx.v1.subscriptions.create({
        "customer": customer.id,
        "items": [{"price": base.id, "quantity": 3}, {"price": metered.id}],
        "collection_method": "send_invoice", "days_until_due": 30,
    })
    return customer, subscription, base, bigger, other, metered


@check("customer_and_subscription_with_items")
def check_subscription(ctx):
    customer, sub, base, _, _, metered = make_subscription_fixture(ctx, "sub")
    expect_eq(customer.object, "customer", "customer object")
    expect_eq(customer.metadata.to_dict(), {"k": "v"}, "customer metadata")
    expect_eq(sub.object, "subscription", "subscription object")
    expect_eq(sub.customer, customer.id, "subscription customer")
    expect_eq(sub.status, "active", "subscription status")
    items = {item.price.id: item for item in sub["items"].data}
    expect_eq(set(items), {base.id, metered.id}, "item prices")
    expect_eq(items[base.id].quantity, 3, "licensed item quantity")
    expect_eq(items[base.id].object, "subscription_item", "item object")
    expect_eq(items[base.id].subscription, sub.id, "item subscription")
    fetched = ctx.v1.subscriptions.retrieve(sub.id)
    expect_eq(len(fetched["items"].data), 2, "items on retrieve")
    by_customer = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id}).data]
    expect_eq(by_customer, [sub.id], "list by customer")
    by_price = [s.id for s in ctx.v1.subscriptions.list({"price": base.id}).data]
    expect_eq(by_price, [sub.id], "list by price")
    listed_items = ctx.v1.subscription_items.list({"subscription": sub.id})
    expect_eq({i.id for i in listed_items.data}, {i.id for i in items.values()},
              "GET /v1/subscription_items?subscription=")
    customers = [c.id for c in ctx.v1.customers.list({"email": customer.email}).data]
    expect_eq(customers, [customer.id], "customers list by email")
    return sub.id


@check("swap_subscription_item_price")
def check_swap(ctx):
    _, sub, base, bigger, other, _ = make_subscription_fixture(ctx, "swap")
    item = next(i for i in sub["items"].data if i.price.id == base.id)
    kept = ctx.v1.subscriptions.update(sub.id, {
        "items": [{"id": item.id, "price": bigger.id, "quantity": 3}],
        "proration_behavior": "none"})
    swapped = [i for i in kept["items"].data if i.id == item.id]
    expect_eq(len(swapped), 1, "same item id after swap")
    expect_eq(swapped[0].price.id, bigger.id, "price after swap")
    expect_eq(swapped[0].quantity, 3, "quantity sent with the swap")
    expect_eq(len(kept["items"].data), 2, "item count after swap")
    reset = ctx.v1.subscription_items.update(item.id, {
        "price": other.id, "proration_behavior": "none"})
    expect_eq(reset.price.id, other.id, "price after subscription_items update")
    expect_eq(reset.quantity, 1, "quantity after a price change without quantity")
    again = ctx.v1.subscriptions.update(sub.id, {
        "items": [{"id": item.id, "price": base.id}], "proration_behavior": "create_prorations"})
    back = next(i for i in again["items"].data if i.id == item.id)
    expect_eq((back.price.id, back.quantity), (base.id, 1),
              "price/quantity after subscription update without quantity")
    kept_item = ctx.v1.subscription_items.update(item.id, {"price": bigger.id, "quantity": 5,
                                                           "proration_behavior": "none"})
    expect_eq((kept_item.price.id, kept_item.quantity), (bigger.id, 5),
              "subscription_items update with quantity")
    return item.id


@check("resource_missing_404")
def check_not_found(ctx):
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


@check("authentication_error_401")
def check_bad_key(ctx):
    bad = ctx.make_client("not_a_stripe_key")
    expect_error(lambda: bad.v1.products.list(), stripe.AuthenticationError, 401,
                 what="list with an invalid key")
    return "AuthenticationError"


@check("product_delete_rules")
def check_product_delete(ctx):
    with_price = make_product(ctx, "del_priced")
    make_licensed_price(ctx, with_price.id, 100)
    expect_error(lambda: ctx.v1.products.delete(with_price.id), stripe.InvalidRequestError, 400,
                 what="delete a product that has prices")
    bare = make_product(ctx, "del_bare")
    deleted = ctx.v1.products.delete(bare.id)
    expect_eq((deleted.id, deleted.deleted), (bare.id, True), "deleted product")
    expect_error(lambda: ctx.v1.products.retrieve(bare.id), stripe.InvalidRequestError, 404,
                 code="resource_missing", what="retrieve after delete")
    return bare.id


@check("form_encoding_roundtrip")
def check_form_encoding(ctx):
    # Characters that form encoding must escape: space, & = + % # ? / and non-ASCII text.
    product_id = ctx.name("enc.a-b~c")
    name = "Café & Co = 100% + more? #1 / ünïcode ✓"
    metadata = {"plan key": "a&b=c", "plus": "1+1", "percent": "50%", "unicode": "日本",
                "empty-ish": " ", "brackets": "[x]"}
    product = ctx.v1.products.create({"id": product_id, "name": name, "metadata": metadata})
    expect_eq(product.id, product_id, "custom id with . - ~")
    fetched = ctx.v1.products.retrieve(product_id)
    expect_eq(fetched.name, name, "name round trip")
    expect_eq(fetched.metadata.to_dict(), metadata, "metadata round trip")
    listed = ctx.v1.products.list({"ids": [product_id]})
    expect_eq([p.id for p in listed.data], [product_id], "list with ids[]")
    return product_id


@check("price_amount_fields_and_filters")
def check_price_amounts(ctx):
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


@check("auto_pagination_backwards")
def check_pagination_backwards(ctx):
    product = make_product(ctx, "backwards")
    created = [make_licensed_price(ctx, product.id, 10 + i).id for i in range(25)]
    # ending_before the oldest object walks towards newer ones; the SDK yields them oldest first.
    walked = [p.id for p in ctx.v1.prices.list({"product": product.id, "limit": 10,
                                                "ending_before": created[0]}).auto_paging_iter()]
    expect_eq(walked, created[1:], "ids walked backwards with ending_before")
    return "24 prices in 3 pages"


@check("list_limit_bounds")
def check_limit_bounds(ctx):
    for bad in (0, 101):
        expect_error(lambda: ctx.v1.products.list({"limit": bad}), stripe.InvalidRequestError,
                     400, param="limit", what="limit=%d" % bad)
    default = ctx.v1.products.list()
    expect(len(default.data) <= 10, "default page size should be 10, got %d" % len(default.data))
    expect_error(lambda: ctx.v1.products.list({"starting_after": ctx.name("no_such_cursor")}),
                 stripe.InvalidRequestError, 400, param="starting_after",
                 what="starting_after an unknown id")
    return "limit 1..100, default 10"


@check("subscription_cancel_and_status_filter")
def check_subscription_cancel(ctx):
    customer, sub, _, _, _, _ = make_subscription_fixture(ctx, "cancel")
    canceled = ctx.v1.subscriptions.cancel(sub.id)
    expect_eq(canceled.status, "canceled", "status after cancel")
    default = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id}).data]
    expect_eq(default, [], "default list leaves out canceled subscriptions")
    every = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id, "status": "all"}).data]
    expect_eq(every, [sub.id], "status=all")
    only = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id,
                                                      "status": "canceled"}).data]
    expect_eq(only, [sub.id], "status=canceled")
    return sub.id


@check("customer_balance_transaction")
def check_balance_transaction(ctx):
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("credit")})
    txn = ctx.v1.customers.balance_transactions.create(customer.id, {
        "amount": -500, "currency": "usd", "description": "Interop credit"},
        {"idempotency_key": "interop-%s" % uuid.uuid4()})
    expect_eq(txn.object, "customer_balance_transaction", "object")
    expect_eq((txn.amount, txn.currency, txn.customer), (-500, "usd", customer.id), "fields")
    expect_eq(txn.ending_balance, -500, "ending_balance")
    listed = ctx.v1.customers.balance_transactions.list(customer.id)
    expect_eq([t.id for t in listed.data], [txn.id], "list")
    expect_eq(ctx.v1.customers.retrieve(customer.id).balance, -500, "customer balance")
    return txn.id


@check("meter_event")
def check_meter_event(ctx):
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


@check("idempotency_key_other_endpoint")
def check_idempotency_other_endpoint(ctx):
    key = "interop-%s" % uuid.uuid4()
    ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("idem2")},
                            {"idempotency_key": key})
    expect_error(lambda: ctx.v1.products.create({"id": ctx.name("idem2"), "name": "x"},
                                        {"idempotency_key": key}),
                 stripe.IdempotencyError, 400, what="same key on another endpoint")
    expect_error(lambda: ctx.v1.products.retrieve(ctx.name("idem2")), stripe.InvalidRequestError,
                 404, code="resource_missing", what="the rejected request created nothing")
    return "idempotency_error"


# Fields that Stripe returns on every object of these types at the pinned API version (null
# when unset). Left out on purpose: fields returned only when expanded (price tiers and
# currency_options, customer sources/subscriptions/tax_ids/cash_balance/...), `deleted`, the
# webhook `secret`, and fields too new to be sure of for 2026-07-29.dahlia.
ALWAYS_PRESENT = {
    "product": "active created default_price description id images livemode marketing_features "
               "metadata name object package_dimensions shippable statement_descriptor tax_code "
               "type unit_label updated url",
    "price": "active billing_scheme created currency custom_unit_amount id livemode lookup_key "
             "metadata nickname object product recurring tax_behavior tiers_mode "
             "transform_quantity type unit_amount unit_amount_decimal",
    "billing.meter": "created customer_mapping default_aggregation display_name event_name "
                     "event_time_window id livemode object status status_transitions updated "
                     "value_settings",
    "webhook_endpoint": "api_version application created description enabled_events id livemode "
                        "metadata object status url",
    "customer": "address balance created currency default_source delinquent description discount "
                "email id invoice_prefix invoice_settings livemode metadata name "
                "next_invoice_sequence object phone preferred_locales shipping tax_exempt "
                "test_clock",
    "subscription": "application application_fee_percent automatic_tax billing_cycle_anchor "
                    "billing_cycle_anchor_config billing_thresholds cancel_at "
                    "cancel_at_period_end canceled_at cancellation_details collection_method "
                    "created currency customer days_until_due default_payment_method "
                    "default_source default_tax_rates description discounts ended_at "
                    "invoice_settings items latest_invoice livemode metadata "
                    "next_pending_invoice_item_invoice on_behalf_of pause_collection "
                    "payment_settings pending_invoice_item_interval pending_setup_intent "
                    "pending_update schedule start_date status test_clock transfer_data "
                    "trial_end trial_settings trial_start",
    "subscription_item": "billing_thresholds created current_period_end current_period_start "
                         "discounts id metadata object plan price quantity subscription "
                         "tax_rates",
    "customer_balance_transaction": "amount created credit_note currency customer description "
                                    "ending_balance id invoice livemode metadata object type",
}


@check("object_fields_present")
def check_object_fields(ctx):
    customer, sub, _, _, _, _ = make_subscription_fixture(ctx, "fields")
    product = ctx.v1.products.retrieve(ctx.name("fields"))
    price = ctx.v1.prices.retrieve(sub["items"].data[0].price.id)
    meter = ctx.v1.billing.meters.list({"limit": 1}).data[0]
    endpoint = ctx.v1.webhook_endpoints.create({"url": "https://example.com/f/%s" % ctx.tag,
                                                "enabled_events": ["*"]})
    endpoint = ctx.v1.webhook_endpoints.retrieve(endpoint.id)
    txn = ctx.v1.customers.balance_transactions.create(customer.id, {"amount": 1, "currency": "usd"})
    fetched_sub = ctx.v1.subscriptions.retrieve(sub.id)
    item = ctx.v1.subscription_items.retrieve(fetched_sub["items"].data[0].id)
    objects = {"product": wire(product), "price": wire(price), "billing.meter": meter.to_dict(),
               "webhook_endpoint": wire(endpoint), "customer": wire(customer),
               "subscription": wire(fetched_sub), "subscription_item": wire(item),
               "customer_balance_transaction": wire(txn)}
    problems = []
    for kind, data in objects.items():
        expect_eq(data.get("object"), kind, "object of the %s sample" % kind)
        missing = [key for key in ALWAYS_PRESENT[kind].split() if key not in data]
        if missing:
            problems.append("%s lacks %s" % (kind, ", ".join(missing)))
    expect(not problems, "; ".join(problems))
    return "%d object types" % len(objects)


@check("restricted_key_permission_error")
def check_restricted_key(ctx):
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


@check("sdk_retry_dropped_writes_no_duplicates", suite="drop")
def check_dropped_writes(ctx):
    # The emulator commits every few writes and then drops the connection. The SDK retries a
    # dropped request with the idempotency key it generated, so each create must succeed once.
    retrying = ctx.make_client(API_KEY, retries=4).v1
    before = len(ctx.http.calls)
    emails = ["%s@example.com" % ctx.name("drop_%d" % i) for i in range(12)]
    ids = [retrying.customers.create({"email": email}).id for email in emails]
    sent = len(ctx.http.calls) - before
    expect(sent > len(emails), "no connection was dropped (%d requests for %d creates); is "
           "the emulator running with --fault drop-every=N?" % (sent, len(emails)))
    for email, customer_id in zip(emails, ids):
        found = [c.id for c in retrying.customers.list({"email": email}).data]
        expect_eq(found, [customer_id], "customers with %s" % email)
    products = [retrying.products.create({"id": ctx.name("drop_p%d" % i), "name": "p"}).id
                for i in range(6)]
    expect_eq(products, [ctx.name("drop_p%d" % i) for i in range(6)],
              "custom-id products created through dropped connections")
    return "%d creates took %d requests, no duplicates" % (len(emails) + 6,
                                                             len(ctx.http.calls) - before)


@check("rate_limit_429_then_replay", suite="ratelimit")
def check_rate_limited(ctx):
    # Every other request is answered 429. Stripe's SDK raises RateLimitError unless told to
    # retry; the caller then retries with the same idempotency key, creating exactly one object.
    limited = 0
    emails = ["%s@example.com" % ctx.name("rl_%d" % i) for i in range(6)]
    for email in emails:
        key = "interop-%s" % uuid.uuid4()
        for attempt in range(6):
            try:
                ctx.v1.customers.create({"email": email}, {"idempotency_key": key})
                break
            except stripe.RateLimitError as err:
                limited += 1
                # The SDK does not copy `code` onto RateLimitError; read it from the body.
                code = (err.json_body or {}).get("error", {}).get("code")
                expect_eq((err.http_status, code), (429, "rate_limit"), "429 error")
                expect(str(err.request_id or "").startswith("req_"), "429 without Request-Id")
        else:
            raise CheckFailed("create for %s was rate limited 6 times in a row" % email)
    expect(limited > 0, "no 429 seen; is the emulator running with --fault 429-every=N?")
    for email in emails:
        for attempt in range(6):
            try:
                found = ctx.v1.customers.list({"email": email}).data
                break
            except stripe.RateLimitError:
                limited += 1
        expect_eq(len(found), 1, "customers with %s" % email)
    return "%d answers were 429, no duplicates" % limited


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api-base", default=os.environ.get("TARIFF_STRIPE_API_BASE"))
    parser.add_argument("--only", help="comma-separated check names to run")
    parser.add_argument("--list", action="store_true", help="print the check names and exit")
    parser.add_argument("--verbose", action="store_true", help="print tracebacks of failures")
    parser.add_argument("--suite", choices=SUITES, default="main",
                        help="main: a plain emulator; drop: one run with --fault drop-every=N; "
                             "ratelimit: one run with --fault 429-every=2")
    parser.add_argument("--restricted-key", default=os.environ.get("INTEROP_RESTRICTED_KEY"),
                        help="a restricted key the server allows product_read+plan_read only")
    args = parser.parse_args()
    if args.list:
        print("\n".join("%s (%s)" % (name, suite) for name, suite, _ in CHECKS))
        return 0
    if not args.api_base:
        parser.error("--api-base (or TARIFF_STRIPE_API_BASE) is required")
    selected = [(n, f) for n, suite, f in CHECKS if suite == args.suite]
    if args.only:
        wanted = set(args.only.split(","))
        selected = [(n, f) for n, _, f in CHECKS if n in wanted]
        unknown = wanted - {n for n, _, _ in CHECKS}
        if unknown:
            parser.error("unknown checks: %s" % ", ".join(sorted(unknown)))

    ctx = Context(args.api_base.rstrip("/"), args.restricted_key)
    print("stripe %s (API %s) against %s, suite %s, run tag %s"
          % (stripe.VERSION, stripe.api_version, ctx.api_base, args.suite, ctx.tag))
    passed = failed = 0
    started = time.monotonic()
    for name, function in selected:
        t0 = time.monotonic()
        try:
            detail = function(ctx)
            passed += 1
            print("PASS %-40s %s (%.2fs)" % (name, detail, time.monotonic() - t0))
        except CheckFailed as err:
            failed += 1
            print("FAIL %-40s %s" % (name, err))
        except stripe.StripeError as err:
            failed += 1
            print("FAIL %-40s unexpected %s: HTTP %s code=%r param=%r message=%r" % (
                name, type(err).__name__, err.http_status, err.code, getattr(err, "param", None),
                err.user_message))
        except Exception as err:  # a crash in one check must not stop the others
            failed += 1
            print("FAIL %-40s %s: %s" % (name, type(err).__name__, err))
            if args.verbose:
                traceback.print_exc()
        sys.stdout.flush()
    print("%d HTTP requests in %.1fs" % (len(ctx.http.calls), time.monotonic() - started))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
