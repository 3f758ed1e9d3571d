"""Checks that need an emulator started with a fault (see `run`): dropped writes, 429s."""

import uuid

import stripe

from sdk_checks.support import (
    API_KEY,
    CheckFailed,
    check,
    expect,
    expect_eq,
)


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
