#!/usr/bin/env python3
"""Tests of the contract check itself: it passes what Stripe accepts and fails what it refuses.

    python3 scripts/contract/test_check.py
"""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import check  # noqa: E402


def exchange(method, path, body="", query="", status=200, response=None):
    return {
        "method": method, "path": path, "body": body, "query": query, "status": status,
        "stripe_version": "2026-10-28.endive", "idempotency_key": method == "POST",
        "response": response if response is not None else {},
    }


SCHEDULE = {
    "id": "sub_sched_1", "object": "subscription_schedule", "application": None,
    "billing_mode": {"type": "flexible", "flexible": None, "updated_at": None}, "canceled_at": None,
    "completed_at": None, "created": 1, "current_phase": {"end_date": 3, "start_date": 1},
    "customer": "cus_1", "customer_account": None,
    "default_settings": {
        "application_fee_percent": None, "automatic_tax": None, "billing_cycle_anchor": "automatic",
        "billing_thresholds": None, "collection_method": None, "default_payment_method": None,
        "description": None, "invoice_settings": {"account_tax_ids": None, "days_until_due": None,
                                                  "issuer": {"type": "self"}},
        "on_behalf_of": None, "transfer_data": None},
    "end_behavior": "release", "livemode": False, "metadata": {}, "pause_schedules": [], "phases": [],
    "released_at": None, "released_subscription": None, "status": "active", "subscription": "sub_1",
    "test_clock": None,
}


class RequestTests(unittest.TestCase):
    def problems(self, item):
        return check.check_exchange(item)[0]

    def test_a_removed_parameter_fails(self):
        body = "phases[0][items][0][price]=price_a&phases[0][start_date]=1&phases[0][end_date]=3" \
               "&phases[1][items][0][price]=price_b&phases[1][iterations]=1"
        problems = self.problems(exchange("POST", "/v1/subscription_schedules/sub_sched_1", body, response=SCHEDULE))
        self.assertTrue(any("phases[1][iterations]" in p and "unknown parameter" in p for p in problems), problems)

    def test_duration_passes_and_bad_interval_enum_fails(self):
        body = "phases[0][items][0][price]=price_a&phases[0][start_date]=1&phases[0][end_date]=3" \
               "&phases[1][items][0][price]=price_b&phases[1][duration][interval]=month" \
               "&phases[1][duration][interval_count]=1&metadata[tariff_key]=x"
        item = exchange("POST", "/v1/subscription_schedules/sub_sched_1", body, response=SCHEDULE)
        self.assertEqual(self.problems(item), [])
        item["body"] = body.replace("interval]=month", "interval]=fortnight")
        self.assertTrue(any("fortnight" in p for p in self.problems(item)))

    def test_shapes_and_scalars(self):
        self.assertTrue(self.problems(exchange("GET", "/v1/prices", query="limit=ten",
                                               response={"object": "list", "data": [], "has_more": False,
                                                         "url": "/v1/prices"})))
        self.assertTrue(self.problems(exchange("POST", "/v1/products", "name[x]=y", response={})))
        self.assertTrue(self.problems(exchange("POST", "/v1/products", "name=A&colour=red", response={})))

    def test_union_written_with_a_bar(self):
        # `created` is `InvoiceListParamsCreated | int`: a range or a whole number, nothing else.
        empty = {"object": "list", "data": [], "has_more": False, "url": "/v1/invoices"}
        for query in ["created=1798866000", "created[gte]=1&created[lt]=2"]:
            self.assertEqual(self.problems(exchange("GET", "/v1/invoices", query=query, response=empty)), [], query)
        for query in ["created=soon", "created[after]=1", "created[gte]=x"]:
            self.assertTrue(self.problems(exchange("GET", "/v1/invoices", query=query, response=empty)), query)

    def test_missing_version_fails(self):
        item = exchange("GET", "/v1/subscription_schedules/sub_sched_1", response=SCHEDULE)
        self.assertEqual(self.problems(item), [])
        item["stripe_version"] = None
        self.assertTrue(self.problems(item))


class ResponseTests(unittest.TestCase):
    def test_missing_required_field_and_unknown_field_fail(self):
        response = dict(SCHEDULE)
        del response["default_settings"]
        response["iterations"] = 1
        problems = check.check_exchange(exchange("GET", "/v1/subscription_schedules/sub_sched_1",
                                                 response=response))[0]
        self.assertTrue(any("default_settings" in p and "required" in p for p in problems), problems)
        self.assertTrue(any("iterations" in p and "not in" in p for p in problems), problems)

    def test_wrong_enum_and_type_fail(self):
        response = dict(SCHEDULE, status="paused", created="yesterday")
        problems = check.check_exchange(exchange("GET", "/v1/subscription_schedules/sub_sched_1",
                                                 response=response))[0]
        self.assertTrue(any(p.startswith("status") for p in problems), problems)
        self.assertTrue(any(p.startswith("created") for p in problems), problems)

    def test_error_types(self):
        good = {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided"}}
        self.assertEqual(check.check_exchange(exchange("GET", "/v1/account", status=401, response=good))[0], [])
        bad = {"error": {"type": "authentication_error", "message": "Invalid API Key provided"}}
        self.assertTrue(check.check_exchange(exchange("GET", "/v1/account", status=401, response=bad))[0])


if __name__ == "__main__":
    unittest.main(verbosity=1)
