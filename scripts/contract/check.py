#!/usr/bin/env python3
"""The contract check: every recorded emulator exchange judged by stripe-python 16.1.0's types.

Reads the NDJSON that emulators append when `TARIFF_EMULATOR_RECORD` is set (one exchange a
line) and checks each request against the endpoint's `*Params` TypedDict (unknown parameters,
shapes, enum values, required parameters) and each answer against the resource class (required
fields, unknown fields, types, enum values) or, for errors, Stripe's error object. Prints each
failure, the endpoints covered, and `N passed, M failed`; exits 1 on any failure, on fewer
exchanges than --min, or when an endpoint Tariff calls was never exercised (--require-tariff-calls).

    python3 scripts/contract/check.py exchanges.ndjson --min 150 --require-tariff-calls
"""

import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import stripe  # noqa: E402

import endpoints  # noqa: E402
import form  # noqa: E402
import sdk_types  # noqa: E402

PINNED_VERSION = "2026-10-28.endive"
ERROR_TYPES = ["api_error", "card_error", "idempotency_error", "invalid_request_error"]
ERROR_FIELDS = set(sdk_types._annotations(stripe.ErrorObject))


def check_exchange(exchange):
    """Problems of one exchange (empty when it passes) and the endpoint pattern it hit."""
    problems = sdk_types.Problems()
    method, path = exchange["method"], exchange["path"]
    row = endpoints.match(method, path)
    if row is None:
        problems.add("", "%s %s is not an endpoint of the contract table" % (method, path))
        return problems.items, "%s %s" % (method, path)
    _, _, pattern, params_name, package, resource_path, shape = row
    if exchange.get("stripe_version") != PINNED_VERSION:
        problems.add("Stripe-Version", "%r sent; expected %s" % (exchange.get("stripe_version"), PINNED_VERSION))
    if method == "POST" and not exchange.get("idempotency_key"):
        problems.add("Idempotency-Key", "a POST without one")
    try:
        values = form.decode(exchange["body"] if method == "POST" else exchange.get("query", ""))
        sdk_types.check_params(endpoints.params(params_name, package), values, problems)
    except form.FormError as error:
        problems.add("form", str(error))
    answer = exchange.get("response")
    status = exchange.get("status", 0)
    if status >= 400:
        check_error(answer, problems)
    elif shape == "list":
        sdk_types.check_list(endpoints.resource(resource_path), answer, "", problems)
    else:
        cls = endpoints.resource(resource_path)
        if shape == "deleted" and not (isinstance(answer, dict) and answer.get("deleted") is True):
            problems.add("deleted", "a deletion must answer {id, object, deleted: true}")
        sdk_types.check_object(cls, answer, "", problems)
    return problems.items, "%s %s" % (method, pattern)


def check_error(answer, problems):
    """Stripe's error envelope: {"error": {type, message, …}} with a type Stripe uses."""
    error = answer.get("error") if isinstance(answer, dict) else None
    if not isinstance(error, dict) or set(answer) != {"error"}:
        problems.add("error", "expected {\"error\": {…}}, got %r" % (answer,))
        return
    if error.get("type") not in ERROR_TYPES:
        problems.add("error.type", "%r is not one of %s" % (error.get("type"), ERROR_TYPES))
    if not isinstance(error.get("message"), str):
        problems.add("error.message", "missing")
    for key in set(error) - ERROR_FIELDS:
        problems.add("error." + key, "field not in ErrorObject")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording", help="NDJSON file written through TARIFF_EMULATOR_RECORD")
    parser.add_argument("--min", type=int, default=0, help="fail with fewer exchanges than this")
    parser.add_argument("--require-tariff-calls", action="store_true",
                        help="fail unless every endpoint Tariff calls was exercised")
    parser.add_argument("--show", type=int, default=40, help="failures printed in full (default 40)")
    args = parser.parse_args(argv)
    assert stripe.VERSION == "16.1.0", "the contract is stripe-python 16.1.0, found %s" % stripe.VERSION
    passed, failed, shown = 0, 0, 0
    coverage = collections.Counter()
    with open(args.recording, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            exchange = json.loads(line)
            problems, endpoint = check_exchange(exchange)
            coverage[endpoint] += 1
            if problems:
                failed += 1
                if shown < args.show:
                    shown += 1
                    print("FAIL line %d: %s %s%s -> %s" % (
                        number, exchange["method"], exchange["path"],
                        "?" + exchange["query"] if exchange.get("query") else "", exchange.get("status")))
                    for problem in problems[:12]:
                        print("    " + problem)
            else:
                passed += 1
    print("Endpoints exercised:")
    for endpoint, count in sorted(coverage.items()):
        print("  %5d  %s" % (count, endpoint))
    status = 0 if failed == 0 else 1
    missing = [e for e in endpoints.TARIFF_CALLS if e not in coverage]
    if args.require_tariff_calls and missing:
        print("Endpoints Tariff calls that no exchange exercised: " + ", ".join(missing))
        status = 1
    if passed + failed < args.min:
        print("Only %d exchanges recorded; expected at least %d" % (passed + failed, args.min))
        status = 1
    print("Contract check (stripe-python %s, API %s): %d passed, %d failed" % (
        stripe.VERSION, PINNED_VERSION, passed, failed))
    return status


if __name__ == "__main__":
    sys.exit(main())
