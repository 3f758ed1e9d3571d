#!/usr/bin/env python3
"""Generates the usage corpus: Moesif-shaped API events (NDJSON) with the edge cases of
docs/usage.md — missing fields, nulls, numbers against numeric strings, case, globs on paths,
decimals, signed values, ties, out-of-order ("late") events, events outside the query range —
plus the billing periods that period-to-date meters accumulate within.

Deterministic for a seed, so any engine or tool can be checked against the same events:

    scripts/usage_corpus.py OUT.ndjson [--events 24000] [--seed 11] [--periods OUT.csv]

The query range that goes with the corpus is RANGE_START..RANGE_END (epoch seconds, hour
aligned): events fall from ten days before it to a day after it, so that a period-to-date scan
has earlier events to find and a range filter has events to exclude.
"""
import argparse
import json
import random
from datetime import datetime, timezone

HOUR = 3600
DAY = 86400
# 2026-10-28T00:00:00Z .. 2026-11-04T00:00:00Z: the range crosses a month boundary.
RANGE_START = int(datetime(2026, 10, 28, tzinfo=timezone.utc).timestamp())
RANGE_END = int(datetime(2026, 11, 4, tzinfo=timezone.utc).timestamp())
FIRST_EVENT = RANGE_START - 10 * DAY
LAST_EVENT = RANGE_END + DAY

COMPANIES = [f"co_{n:02d}" for n in range(1, 19)] + ["Co_01", "acme \"quoted\" & co"]

# Billing periods of some companies, not aligned to windows (a subscription anchored at
# 10:30:15), including one that started before the range and one that ends inside it. Other
# companies fall back to calendar months.
PERIODS = [
    ("co_01", RANGE_START - 5 * DAY + 37815, RANGE_START + 25 * DAY + 37815),
    ("co_02", RANGE_START - 40 * DAY, RANGE_START + 2 * DAY + 1800),
    ("co_02", RANGE_START + 2 * DAY + 1800, RANGE_START + 32 * DAY + 1800),
    ("co_03", RANGE_START + 3 * DAY, RANGE_START + 33 * DAY),
    ("acme \"quoted\" & co", RANGE_START - 2 * DAY, RANGE_START + 28 * DAY),
]

VERBS = ["GET", "GET", "GET", "POST", "POST", "get", "Post", "DELETE", None, "MISSING"]
ROUTES = [
    "/v1/search", "/v1/search", "/v1/export/csv", "/v1/export", "/v1", "/v1/", "/v2/search",
    "/V1/search", "/v1/a/b", "/files/[id].json", "/files/xid].json", "/files/[id]xjson",
    "/café/menu", "/cafe/menu", "/caffe/menu", "/v1/search?q=x", "/v3/s", "", None, 123,
    {"path": "/v1/x"}, "MISSING",
]
STATUSES = [
    200, 200, 200, 201, 204, "200", 200.0, "200 ", "2e2", 299.999, 300, 404, 500, "404", "abc",
    None, True, [200], "-5", "MISSING",
]
BODY_KB = [
    12.75, 0.25, 0.1, 0.2, 0.3, "3.5", "0.000001", 1, 0, 7.125, 1e3, "1e3", "1.", ".5", "-",
    " 4", 2.000001, 999.999999, None, "MISSING", False, "12",
]
TIME_MS = [0.5, 0.51, 100.25, 100.26, "50", "100.25", 3, None, "MISSING", "fast", -1, 100]
PLANS = ["pro", "Pro", 3, "3", 3.0, True, "true", "starter", None, "MISSING", "3.0"]
REGIONS = ["eu", "us", "EU", "apac", None, "MISSING", 1]
FLAGS = [True, False, "false", 0, None, "MISSING"]
INTERNAL = ["1", True, False, "", 0, None, "MISSING", "MISSING", "MISSING", {}]
USERS = (
    [f"u{n}" for n in range(1, 40)]
    + ["U1", 7, 7.0, "7", "007", 7.5, "", "a\"b", "back\\slash", "ü", 12345678901234567890,
       -3, None, "MISSING", True, {"id": 1}]
)
STORAGE = [1.5, 2.25, "3.75", 10, 0.000001, "10.5", -2, 4.999999, None, "MISSING", "big", 1e2]
QUOTA = [100, 99.5, "98.25", 0, -1.5, 50, "x", None, "MISSING", 73.333333]
CREDITS = [1.25, -0.75, "-2.5", 0.05, -0.05, "3", -1, 0.333333, None, "MISSING", "−1"]


def iso(ms):
    """RFC 3339 with milliseconds and Z."""
    moment = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def put(target, key, value):
    """Sets key unless the drawn value is the MISSING marker."""
    if value != "MISSING":
        target[key] = value


def event(rng, number, ms):
    request = {"time": iso(ms)}
    put(request, "verb", rng.choice(VERBS))
    put(request, "route", rng.choice(ROUTES))
    headers = {}
    put(headers, "x-internal-call", rng.choice(INTERNAL))
    if rng.random() < 0.8:
        request["headers"] = headers
    response = {}
    put(response, "status", rng.choice(STATUSES))
    put(response, "body_kb", rng.choice(BODY_KB))
    put(response, "time_ms", rng.choice(TIME_MS))
    body = {"request": request, "company_id": rng.choice(COMPANIES), "event_id": f"ev_{number:06d}"}
    # Paths that run into something that is not an object.
    body["response"] = "gone" if rng.random() < 0.02 else response
    for key, values in [("plan", PLANS), ("region", REGIONS), ("flag", FLAGS), ("user_id", USERS)]:
        put(body, key, rng.choice(values))
    storage = {}
    put(storage, "gb", rng.choice(STORAGE))
    body["storage"] = storage if rng.random() < 0.9 else None
    quota = {}
    put(quota, "remaining", rng.choice(QUOTA))
    body["quota"] = quota
    credits = {}
    put(credits, "delta", rng.choice(CREDITS))
    body["credits"] = credits
    return body


def generate(count, seed):
    """The events in file order: mostly chronological, with late (older) events mixed in and a
    few batches sharing one millisecond (ties for `last`)."""
    rng = random.Random(seed)
    span = (LAST_EVENT - FIRST_EVENT) * 1000
    times = sorted(FIRST_EVENT * 1000 + rng.randrange(span) for _ in range(count))
    # Boundaries: exactly at the range's start and end, and a millisecond before the end.
    times[:3] = [RANGE_START * 1000, RANGE_END * 1000, RANGE_END * 1000 - 1]
    events = []
    for number, ms in enumerate(times):
        events.append(event(rng, number, ms))
        if rng.random() < 0.01:  # a tie: another event of the same company, same millisecond
            twin = event(rng, count + number, ms)
            twin["company_id"] = events[-1]["company_id"]
            events.append(twin)
    for index in range(0, len(events) - 1, 17):  # late arrivals: swap with a much later event
        other = min(len(events) - 1, index + rng.randrange(50, 500))
        events[index], events[other] = events[other], events[index]
    return events


def write_periods(path):
    with open(path, "w", encoding="utf-8") as out:
        out.write("company,start,end\n")
        for company, start, end in PERIODS:
            quoted = '"' + company.replace('"', '""') + '"'
            out.write(f"{quoted},{start},{end}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--events", type=int, default=24000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--periods")
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as out:
        for body in generate(args.events, args.seed):
            out.write(json.dumps(body, ensure_ascii=False) + "\n")
    if args.periods:
        write_periods(args.periods)


if __name__ == "__main__":
    main()
