"""Checks on usage reporting: meter events (v1, and v2 session + stream), adjustments and event
summaries, with Stripe's validation (stripe-usage.md §1-4)."""

import datetime
import time

import stripe

from sdk_checks.support import check, expect, expect_eq, expect_error, make_meter

HOUR = 3600


def iso(seconds):
    """Unix seconds as the ISO-8601 string v2 takes (UTC, milliseconds)."""
    moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def usage_fixture(ctx, suffix):
    """A sum meter, a customer, and the start of the hour three hours ago (hour-aligned)."""
    meter = make_meter(ctx, suffix)
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name(suffix)})
    start = (int(time.time()) // HOUR - 3) * HOUR
    return meter, customer, start


def summaries(ctx, meter, customer, start, end, window=None, limit=100):
    """Every summary row of the range, through the SDK's auto-pagination, newest first."""
    params = {"customer": customer.id, "start_time": start, "end_time": end, "limit": limit}
    if window:
        params["value_grouping_window"] = window
    page = ctx.v1.billing.meters.event_summaries.list(meter.id, params)
    return list(page.auto_paging_iter())


@check("meter_event_summaries_hourly_paginated")
def check_summaries(ctx):
    """v1 events in three hours come back as hourly summaries, newest first, over pages of 2."""
    meter, customer, start = usage_fixture(ctx, "summaries")
    for hour, value in enumerate(["1", "2", "3"]):
        event = ctx.v1.billing.meter_events.create({
            "event_name": meter.event_name, "timestamp": start + hour * HOUR + 60,
            "identifier": ctx.name("summaries_%d" % hour),
            "payload": {"stripe_customer_id": customer.id, "value": value}})
        expect_eq(event.timestamp, start + hour * HOUR + 60, "event timestamp")
    before = len(ctx.http.calls)
    rows = summaries(ctx, meter, customer, start, start + 4 * HOUR, window="hour", limit=2)
    expect_eq(len(ctx.http.calls) - before, 2, "requests for 3 rows at limit=2")
    expect_eq([row.object for row in rows], ["billing.meter_event_summary"] * 3, "object")
    expect_eq([(row.start_time - start) // HOUR for row in rows], [2, 1, 0], "windows, newest first")
    expect_eq([round(float(row.aggregated_value)) for row in rows], [3, 2, 1], "aggregated_value")
    total = summaries(ctx, meter, customer, start, start + 4 * HOUR)
    expect_eq([round(float(row.aggregated_value)) for row in total], [6], "one row without a window")
    return "%d hourly rows" % len(rows)


@check("meter_event_duplicate_identifier")
def check_duplicate(ctx):
    """A reused identifier is a synchronous 400: "An event already exists with identifier …"."""
    meter, customer, _ = usage_fixture(ctx, "duplicate")
    params = {"event_name": meter.event_name, "identifier": ctx.name("dup"),
              "payload": {"stripe_customer_id": customer.id, "value": "5"}}
    ctx.v1.billing.meter_events.create(params)
    err = expect_error(lambda: ctx.v1.billing.meter_events.create(params),
                       stripe.InvalidRequestError, 400, what="second event with one identifier")
    expect(str(err.user_message).startswith("An event already exists with identifier"),
           "message should say the event exists: %r" % err.user_message)
    return err.user_message


@check("meter_event_validation")
def check_validation(ctx):
    """Whole numbers of at most 15 digits, timestamps within 35 days back and 5 minutes ahead."""
    meter, customer, _ = usage_fixture(ctx, "validation")
    now = int(time.time())

    def send(value="1", timestamp=None):
        params = {"event_name": meter.event_name,
                  "payload": {"stripe_customer_id": customer.id, "value": value}}
        if timestamp is not None:
            params["timestamp"] = timestamp
        return lambda: ctx.v1.billing.meter_events.create(params)

    expect_error(send(value="2.5"), stripe.InvalidRequestError, 400, param="payload[value]",
                 what="a decimal value")
    expect_error(send(value="1234567890123456"), stripe.InvalidRequestError, 400,
                 param="payload[value]", what="16 significant digits")
    expect_error(send(timestamp=now - 36 * 86400), stripe.InvalidRequestError, 400,
                 param="timestamp", what="36 days back")
    expect_error(send(timestamp=now + 600), stripe.InvalidRequestError, 400, param="timestamp",
                 what="10 minutes ahead")
    expect_error(lambda: ctx.v1.billing.meters.event_summaries.list(meter.id, {
        "customer": customer.id, "start_time": now - now % 60 + 30, "end_time": now + 3600}),
        stripe.InvalidRequestError, 400, param="start_time", what="summary start off the minute")
    accepted = send(value="999999999999999", timestamp=now - 34 * 86400)()
    expect_eq(accepted.payload.to_dict()["value"], "999999999999999", "15 digits accepted")
    return "4 refusals, 15 digits accepted"


@check("meter_event_v2_session_and_stream")
def check_stream(ctx):
    """A v2 session token drives the meter event stream; its events show in the summaries."""
    meter, customer, start = usage_fixture(ctx, "stream")
    session = ctx.client.v2.billing.meter_event_session.create()
    expect_eq(session.object, "v2.billing.meter_event_session", "session object")
    expect(session.authentication_token, "session has an authentication_token")
    expect(session.expires_at > session.created, "expires_at after created")
    streamer = ctx.make_client(session.authentication_token)
    events = [{"event_name": meter.event_name, "identifier": ctx.name("stream_%d" % n),
               "timestamp": iso(start + 120 + n), "payload": {
                   "stripe_customer_id": customer.id, "value": str(n + 1)}} for n in range(100)]
    result = streamer.v2.billing.meter_event_stream.create({"events": events})
    expect(result is None, "the stream answers with no object, got %r" % (result,))
    rows = summaries(ctx, meter, customer, start, start + HOUR, window="hour")
    expect_eq([round(float(row.aggregated_value)) for row in rows], [5050], "sum of 1..100")
    return "100 events in one request, %d total" % 5050


@check("meter_event_v2_single_and_adjustment")
def check_v2_event_and_cancel(ctx):
    """v2 meter events take ISO times; a v1 adjustment cancels one by identifier."""
    meter, customer, start = usage_fixture(ctx, "adjust")
    kept = ctx.client.v2.billing.meter_events.create({
        "event_name": meter.event_name, "identifier": ctx.name("kept"), "timestamp": iso(start + 60),
        "payload": {"stripe_customer_id": customer.id, "value": "7"}})
    expect_eq(kept.object, "v2.billing.meter_event", "v2 event object")
    expect_eq(kept.timestamp, iso(start + 60), "ISO timestamp echoed")
    ctx.v1.billing.meter_events.create({
        "event_name": meter.event_name, "identifier": ctx.name("cancelled"), "timestamp": start + 90,
        "payload": {"stripe_customer_id": customer.id, "value": "100"}})
    adjustment = ctx.v1.billing.meter_event_adjustments.create({
        "event_name": meter.event_name, "type": "cancel",
        "cancel": {"identifier": ctx.name("cancelled")}})
    expect_eq(adjustment.object, "billing.meter_event_adjustment", "adjustment object")
    expect_eq(adjustment.type, "cancel", "adjustment type")
    rows = summaries(ctx, meter, customer, start, start + HOUR)
    expect_eq([round(float(row.aggregated_value)) for row in rows], [7], "cancelled event not counted")
    return adjustment.status


@check("meter_event_restricted_key")
def check_restricted(ctx):
    """A key without billing_meter_event_write cannot send meter events or open a session."""
    expect(ctx.restricted_key, "no restricted key given (--restricted-key)")
    limited = ctx.make_client(ctx.restricted_key)
    err = expect_error(lambda: limited.v1.billing.meter_events.create({
        "event_name": ctx.name("nope"), "payload": {"stripe_customer_id": "cus_x", "value": "1"}}),
        stripe.PermissionError, 403, what="meter event with a read-only key")
    expect("rak_billing_meter_event_write" in str(err.user_message),
           "message should name rak_billing_meter_event_write: %r" % err.user_message)
    expect_error(lambda: limited.v2.billing.meter_event_session.create(),
                 stripe.PermissionError, 403, what="session with a read-only key")
    return "403 naming rak_billing_meter_event_write"
