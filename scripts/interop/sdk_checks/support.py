"""What every check shares: the SDK client and its counter, assertions, fixtures, the registry.

Expectations are Stripe's documented behaviour (see shared/reference/stripe-api.md), never the
emulator's: when the two disagree a check fails, and the mismatch goes into FINDINGS.md.
"""

import os
import uuid

import requests
import stripe


# A test-mode key that only means something to the emulator; it is still never printed.
API_KEY = os.environ.get("INTEROP_STRIPE_API_KEY", "sk_test_tariff_interop_0000000000")
# Per HTTP request; a loopback answer that takes longer is a failure, not something to wait out.
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
            # The emulator serves the v2 meter event stream on its one base URL too.
            base_addresses={"api": self.api_base, "meter_events": self.api_base},
            max_network_retries=retries,
            http_client=self.http,
        )

    def name(self, suffix):
        """A name unique to this run, for custom ids, event names and lookup keys."""
        return "interop_%s_%s" % (self.tag, suffix)


def expect(condition, detail):
    """Fails the running check with `detail` unless `condition` holds."""
    if not condition:
        raise CheckFailed(detail)


def expect_eq(actual, expected, what):
    """Fails the running check unless `actual == expected`, showing both."""
    if actual != expected:
        raise CheckFailed("%s: expected %r, got %r" % (what, expected, actual))


def field(obj, key):
    """A response field, or the marker MISSING when the server left the key out."""
    try:
        return obj[key]
    except KeyError:
        return MISSING


class _Missing:
    """Stands for a key the server left out, as distinct from one sent as null."""

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


def make_product(ctx, suffix, **extra):
    """Creates a product whose custom id is the run-unique name for `suffix`."""
    params = {"id": ctx.name(suffix), "name": "Interop %s" % suffix}
    params.update(extra)
    return ctx.v1.products.create(params)


def make_licensed_price(ctx, product_id, amount, **extra):
    """Creates a monthly licensed USD price of `amount` cents on a product."""
    params = {
        "product": product_id,
        "currency": "usd",
        "unit_amount": amount,
        "recurring": {"interval": "month"},
    }
    params.update(extra)
    return ctx.v1.prices.create(params)


def make_meter(ctx, suffix):
    """Creates an active sum meter whose event_name is the run-unique name for `suffix`."""
    return ctx.v1.billing.meters.create({
        "display_name": "Interop %s" % suffix,
        "event_name": ctx.name(suffix),
        "default_aggregation": {"formula": "sum"},
    })


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


CHECKS = []


SUITES = ("main", "drop", "ratelimit", "latency", "lock")


def check(name, suite="main"):
    """Registers a check in a suite; each suite expects its own emulator (see `run`)."""
    def register(function):
        """Adds the decorated function to CHECKS and returns it unchanged."""
        CHECKS.append((name, suite, function))
        return function
    return register
