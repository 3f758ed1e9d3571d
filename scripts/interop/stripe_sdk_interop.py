#!/usr/bin/env python3
"""Drives a Stripe-compatible server with Stripe's official Python SDK (stripe==16.1.0).

Each check is a named scenario that the SDK runs against the server at --api-base; the checks
live in sdk_checks/ (one module per area, shared helpers in sdk_checks/support.py). The
expectations are Stripe's documented behaviour, never the emulator's: when the two disagree, the
check fails and the mismatch goes into FINDINGS.md.

Usage: stripe_sdk_interop.py --api-base http://127.0.0.1:PORT [--suite main|drop|ratelimit|latency|lock]
                             [--only NAME[,NAME]] [--list] [--restricted-key rk_test_...]
Prints one PASS/FAIL line per check, then exactly `N passed, M failed`; exits 1 if M > 0.

Every object a run creates carries a per-run tag, so the checks also work against a server that
already holds data (they never assume an empty account).
"""

import argparse
import os
import sys
import time
import traceback

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree

import stripe  # noqa: E402

# Importing the modules registers their checks, in this order.
from sdk_checks import products, prices, pagination, errors, billing, usage, faults, invoicing, credits  # noqa: E402,F401
from sdk_checks.support import CHECKS, SUITES, CheckFailed, Context  # noqa: E402


def main():
    """Runs the selected checks in order, one PASS/FAIL line each, and returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api-base", default=os.environ.get("TARIFF_STRIPE_API_BASE"))
    parser.add_argument("--only", help="comma-separated check names to run")
    parser.add_argument("--list", action="store_true", help="print the check names and exit")
    parser.add_argument("--verbose", action="store_true", help="print tracebacks of failures")
    parser.add_argument("--suite", choices=SUITES, default="main",
                        help="main: a plain emulator; drop: one run with --fault drop-every=N; "
                             "ratelimit: one with --fault 429-every=2; "
                             "latency: one with --fault latency-ms=1000; "
                             "lock: one with --fault lock-every=2")
    parser.add_argument("--restricted-key", default=os.environ.get("INTEROP_RESTRICTED_KEY"),
                        help="a restricted key the server allows product_read+plan_read only")
    args = parser.parse_args()
    if args.list:
        for name, suite, function in CHECKS:
            print("%-40s %-9s %s" % (name, suite, (function.__doc__ or "").strip()))
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
