"""Checks that need an emulator started with a fault (see `run`): dropped writes, 429s."""

import threading
import time
import uuid

import stripe

from sdk_checks.support import (
    REQUEST_TIMEOUT_SECONDS,
    API_KEY,
    CheckFailed,
    check,
    expect,
    expect_eq,
)


@check("sdk_retry_dropped_writes_no_duplicates", suite="drop")
def check_dropped_writes(ctx):
    """The SDK's retries through write-then-drop create each object exactly once."""
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
    """429s surface as RateLimitError; retrying with the same key creates one object."""
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


@check("concurrent_same_key_409_then_replay", suite="latency")
def check_key_in_use(ctx):
    """A key in use answers 409 idempotency_key_in_use; afterwards it replays."""
    # Every request waits ~1 s before it runs, so of two requests with one key sent 0.1 s apart,
    # one arrives while the other is in progress: Stripe answers that one 409
    # `idempotency_key_in_use` (which its SDKs retry); afterwards the key replays the winner.
    email = "%s@example.com" % ctx.name("inuse")
    key = "interop-%s" % uuid.uuid4()
    outcomes = []

    def send():
        try:
            created = ctx.v1.customers.create({"email": email}, {"idempotency_key": key})
            outcomes.append(("ok", created.id))
        except stripe.StripeError as err:
            code = (err.json_body or {}).get("error", {}).get("code")
            outcomes.append((err.http_status, code))

    run_concurrently(send, 2)
    winners = [o[1] for o in outcomes if o[0] == "ok"]
    expect_eq(sorted(outcomes, key=str), sorted([("ok", winners[0] if winners else None),
                                                 (409, "idempotency_key_in_use")], key=str),
              "outcomes of two concurrent requests with one key")
    replay = ctx.v1.customers.create({"email": email}, {"idempotency_key": key})
    expect_eq(replay.id, winners[0], "id replayed after the first finished")
    # The SDK's own retry loop (409 is retried) reaches the same result on its own.
    retrying = ctx.make_client(API_KEY, retries=5).v1
    other_key = "interop-%s" % uuid.uuid4()
    other_email = "%s@example.com" % ctx.name("inuse2")
    ids = []
    run_concurrently(lambda: ids.append(retrying.customers.create(
        {"email": other_email}, {"idempotency_key": other_key}).id), 2)
    expect_eq(len(ids), 2, "both concurrent creates returned")
    expect_eq(ids[0], ids[1], "both concurrent creates got the same customer")
    expect_eq(len(ctx.v1.customers.list({"email": other_email}).data), 1, "customers created")
    return "409 idempotency_key_in_use, then replay of %s" % winners[0]


def run_concurrently(function, count, spacing=0.1):
    """Starts `count` threads running `function`, `spacing` seconds apart, and waits for them."""
    threads = [threading.Thread(target=function, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
        time.sleep(spacing)
    for thread in threads:
        thread.join(6 * REQUEST_TIMEOUT_SECONDS)


@check("lock_timeout_429_retried_by_sdk", suite="lock")
def check_lock_timeout(ctx):
    """A 429 lock_timeout says Stripe-Should-Retry: true, so the SDK retries it by itself."""
    # stripe-python retries a 429 only when the answer carries `Stripe-Should-Retry: true`, which
    # is how Stripe asks for a retry of a lock timeout (the SDK's retry logic says as much).
    email = "%s@example.com" % ctx.name("lock_probe")
    seen = None
    for _ in range(4):
        try:
            ctx.v1.customers.create({"email": email}, {"idempotency_key": "interop-%s" % uuid.uuid4()})
        except stripe.RateLimitError as err:
            seen = err
            break
    expect(seen is not None, "no 429 seen; is the emulator running with --fault lock-every=N?")
    code = (seen.json_body or {}).get("error", {}).get("code")
    expect_eq((seen.http_status, code), (429, "lock_timeout"), "lock timeout answer")
    should_retry = {k.lower(): v for k, v in (seen.headers or {}).items()}.get("stripe-should-retry")
    expect_eq(should_retry, "true", "Stripe-Should-Retry header on a lock_timeout 429")
    retrying = ctx.make_client(API_KEY, retries=3).v1
    emails = ["%s@example.com" % ctx.name("lock_%d" % i) for i in range(6)]
    for address in emails:
        retrying.customers.create({"email": address})
    for address in emails:
        found = retrying.customers.list({"email": address}).data
        expect_eq(len(found), 1, "customers with %s" % address)
    return "SDK retried lock timeouts; %d customers, no duplicates" % len(emails)
