#!/usr/bin/env python3
"""Load check: many concurrent list requests against a Stripe-compatible server on loopback.

Hooked into scripts/interop/run (it runs after the SDK checks, against the same emulator); it
can also run alone: load_check.py --api-base http://127.0.0.1:PORT.

What it does:
1. Seeds one product and --seed prices on it (default 300), one at a time, so the expected
   newest-first order is known exactly: the reverse of the creation order.
2. Starts --concurrency worker threads (default 200), each with its own keep-alive connection.
   For each of --rounds rounds (default 5) all workers wait at a barrier and then send one
   `GET /v1/prices?product=…` at the same moment, each with its own `limit` and `starting_after`
   cursor, so every answer has a different, exactly predictable page.
3. Checks every answer: HTTP 200, a list envelope with url /v1/prices, exactly the expected ids
   in order, and the right has_more.
4. Where the server has the emulator's `GET /_emulator/stats`, checks that it counted exactly
   as many list requests as were sent.
5. Prints requests per second (requests / busy time of the rounds) and latency percentiles.
   Exits 1 on any wrong answer, error, timeout or miscount.

Only loopback addresses are accepted. Uses only the standard library (no SDK), so the client's
own overhead stays small; with 200 Python threads the client's GIL can still be the limit.
"""

import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse
import uuid

API_KEY = os.environ.get("INTEROP_STRIPE_API_KEY", "sk_test_tariff_interop_0000000000")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


class Client:
    """One keep-alive HTTP connection to the server, speaking Stripe's form encoding."""

    def __init__(self, host, port, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        self.connection = None
        self.reconnects = 0

    def request(self, method, path, params=None):
        """Sends one request and returns (status, decoded JSON or None, raw body)."""
        body = None
        headers = {"Authorization": "Bearer " + API_KEY, "Stripe-Version": "2026-10-28.endive"}
        if params and method == "GET":
            path += "?" + urllib.parse.urlencode(params)
        elif params:
            body = urllib.parse.urlencode(params).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            reused = self.connection is not None
            if not reused:
                self.connection = http.client.HTTPConnection(self.host, self.port,
                                                             timeout=self.timeout)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                raw = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A keep-alive connection that the server closed while it sat idle is reopened
                # once (and counted); a fresh connection that fails is a real failure.
                self.close()
                if attempt == 2 or not reused:
                    raise
                self.reconnects += 1
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        try:
            decoded = json.loads(raw)
        except ValueError:
            decoded = None
        return response.status, decoded, raw

    def close(self):
        """Closes the connection; the next request opens a fresh one."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def seed(client, count, tag):
    """Creates a product and `count` prices on it; returns the price ids newest first."""
    product_id = "interop_load_%s" % tag
    status, body, raw = client.request("POST", "/v1/products",
                                       [("id", product_id), ("name", "Load check")])
    if status != 200:
        raise SystemExit("load: seeding the product failed: HTTP %d %s" % (status, raw[:300]))
    ids = []
    for i in range(count):
        status, body, raw = client.request("POST", "/v1/prices", [
            ("product", product_id), ("currency", "usd"), ("unit_amount", str(100 + i)),
            ("recurring[interval]", "month"), ("nickname", "load %d" % i)])
        if status != 200 or not isinstance(body, dict) or "id" not in body:
            raise SystemExit("load: seeding price %d failed: HTTP %d %s" % (i, status, raw[:300]))
        ids.append(body["id"])
    return product_id, list(reversed(ids))


def plan_request(index, newest_first):
    """The query of request `index` and the page it must return (ids, has_more)."""
    total = len(newest_first)
    limit = 1 + (index * 37) % 100
    params = [("limit", str(limit))]
    if index % 5 == 0:
        start = 0  # no cursor: the first page
    else:
        cursor = (index * 53) % total
        params.append(("starting_after", newest_first[cursor]))
        start = cursor + 1
    expected = newest_first[start:start + limit]
    return params, expected, start + limit < total


def check_answer(status, body, expected, has_more):
    """None when the answer is exactly right, else a short description of what is wrong."""
    if status != 200:
        return "HTTP %d" % status
    if not isinstance(body, dict):
        return "body is not a JSON object"
    if body.get("object") != "list" or body.get("url") != "/v1/prices":
        return "envelope object=%r url=%r" % (body.get("object"), body.get("url"))
    got = [item.get("id") for item in body.get("data", [])]
    if got != expected:
        return "ids: expected %d starting %r, got %d starting %r" % (
            len(expected), expected[:1], len(got), got[:1])
    if body.get("has_more") is not has_more:
        return "has_more: expected %r, got %r" % (has_more, body.get("has_more"))
    return None


def served_price_lists(client):
    """How many `GET /v1/prices` the emulator says it answered (its non-Stripe stats endpoint),
    or None when the server has no such endpoint."""
    try:
        status, body, _ = client.request("GET", "/_emulator/stats")
    except OSError:
        return None
    if status != 200 or not isinstance(body, dict):
        return None
    return body.get("by_endpoint", {}).get("GET /v1/prices", 0)


def percentile(sorted_values, fraction):
    """The nearest-rank percentile of already sorted values (NaN when there are none)."""
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, int(round(fraction * len(sorted_values))) - 1))
    return sorted_values[index]


def main():
    """Seeds, runs the concurrent rounds, verifies every answer and prints the figures."""
    parser = argparse.ArgumentParser(description="concurrent list requests against the emulator")
    parser.add_argument("--api-base", default=os.environ.get("TARIFF_STRIPE_API_BASE"))
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=300, help="prices to create first")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    parser.add_argument("--deadline", type=float, default=240.0, help="seconds for all rounds")
    args = parser.parse_args()
    if not args.api_base:
        parser.error("--api-base (or TARIFF_STRIPE_API_BASE) is required")
    url = urllib.parse.urlsplit(args.api_base)
    if url.scheme != "http" or url.hostname not in LOOPBACK_HOSTS or url.port is None:
        parser.error("--api-base must be http://127.0.0.1:PORT (loopback only)")
    host, port = url.hostname, url.port

    tag = uuid.uuid4().hex[:10]
    seeder = Client(host, port, args.timeout)
    t0 = time.monotonic()
    product_id, newest_first = seed(seeder, args.seed, tag)
    lists_before = served_price_lists(seeder)
    seeder.close()
    print("load: seeded 1 product and %d prices in %.2fs" % (args.seed, time.monotonic() - t0))

    workers = args.concurrency
    round_started = [0.0] * args.rounds
    barrier_round = [0]

    def mark_round_start():
        round_started[barrier_round[0]] = time.monotonic()
        barrier_round[0] += 1

    barrier = threading.Barrier(workers, action=mark_round_start, timeout=args.deadline)
    results = []  # (round, worker, latency seconds, finished at, problem or None)
    results_lock = threading.Lock()
    reconnects = [0]  # idle keep-alive connections the server had closed, reopened once

    def worker(number):
        """One of the concurrent clients: a request per round, each released by the barrier."""
        client = Client(host, port, args.timeout)
        try:
            for round_index in range(args.rounds):
                index = round_index * workers + number
                params, expected, has_more = plan_request(index, newest_first)
                params = [("product", product_id)] + params
                try:
                    barrier.wait()
                except threading.BrokenBarrierError:
                    with results_lock:
                        results.append((round_index, number, 0.0, time.monotonic(),
                                        "barrier broken (another worker failed or timed out)"))
                    return
                start = time.monotonic()
                try:
                    status, body, _ = client.request("GET", "/v1/prices", params)
                    problem = check_answer(status, body, expected, has_more)
                except Exception as err:  # timeouts and connection errors are wrong answers
                    problem = "%s: %s" % (type(err).__name__, err)
                    client.close()
                end = time.monotonic()
                with results_lock:
                    results.append((round_index, number, end - start, end, problem))
        finally:
            with results_lock:
                reconnects[0] += client.reconnects
            client.close()

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    hard_stop = time.monotonic() + args.deadline + args.timeout
    for thread in threads:
        thread.join(max(0.0, hard_stop - time.monotonic()))
    stuck = sum(1 for thread in threads if thread.is_alive())
    if stuck:
        barrier.abort()

    expected_total = workers * args.rounds
    counter = Client(host, port, args.timeout)
    lists_after = served_price_lists(counter)
    counter.close()
    served = None if lists_before is None or lists_after is None else lists_after - lists_before
    problems = [r for r in results if r[4] is not None]
    answered = [r for r in results if r[4] is None]
    latencies = sorted(r[2] for r in results if r[2] > 0)
    finished = [r[3] for r in results]
    started = [s for s in round_started if s > 0]
    wall = (max(finished) - min(started)) if finished and started else float("nan")
    # Rounds are separated by barriers, so sum each round's own span for the busy time.
    busy = 0.0
    for round_index in range(args.rounds):
        ends = [r[3] for r in results if r[0] == round_index]
        if ends and round_started[round_index] > 0:
            busy += max(ends) - round_started[round_index]
    print("load: %d rounds x %d concurrent GET /v1/prices (limit 1-100, cursors over %d prices)"
          % (args.rounds, workers, args.seed))
    print("load: %d/%d answers correct, %d wrong, %d missing (threads stuck: %d, "
          "idle connections reopened: %d)" % (len(answered), expected_total, len(problems),
                                              expected_total - len(results), stuck, reconnects[0]))
    for r in problems[:5]:
        print("load:   round %d worker %d: %s" % (r[0], r[1], r[4]))
    if latencies and busy > 0:
        print("load: %.0f requests/s (%d requests in %.2fs of rounds, %.2fs wall)"
              % (len(results) / busy, len(results), busy, wall))
        print("load: latency ms p50 %.1f  p90 %.1f  p99 %.1f  max %.1f" % tuple(
            1000 * percentile(latencies, f) for f in (0.50, 0.90, 0.99, 1.0)))
    if served is not None:
        # The server's own count: every request arrived once (no loss, no duplicate).
        print("load: the emulator counted %d GET /v1/prices during the rounds" % served)
    ok = (not problems and len(results) == expected_total and not stuck
          and served in (None, expected_total))
    print("load: %s" % ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
