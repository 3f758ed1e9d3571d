"""Which stripe-python types judge each endpoint the emulator serves.

Each row: method, path pattern, the request's `*Params` TypedDict, the resource class, and the
answer's shape (`object`, `list` or `deleted`). `TARIFF_CALLS` lists the endpoints Tariff's
client calls; the contract check requires every one of them to appear in the recording.
"""

import importlib
import re


def _snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def params(name, package=""):
    """The TypedDict `name` from `stripe.params[.package]._<snake name>`."""
    base = "stripe.params" + ("." + package if package else "")
    return getattr(importlib.import_module("%s._%s" % (base, _snake(name))), name)


def resource(path):
    """`stripe._price.Price` -> the class."""
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


ID = r"[^/]+"


def _row(method, pattern, params_name, resource_path, shape="object", package=""):
    return (method, re.compile("^" + pattern.replace("{id}", ID) + "$"), pattern, params_name, package,
            resource_path, shape)


ROWS = [
    _row("GET", "/v1/account", "AccountRetrieveParams", "stripe._account.Account"),
    _row("GET", "/v1/products", "ProductListParams", "stripe._product.Product", "list"),
    _row("POST", "/v1/products", "ProductCreateParams", "stripe._product.Product"),
    _row("GET", "/v1/products/{id}", "ProductRetrieveParams", "stripe._product.Product"),
    _row("POST", "/v1/products/{id}", "ProductUpdateParams", "stripe._product.Product"),
    _row("DELETE", "/v1/products/{id}", "ProductDeleteParams", "stripe._product.Product", "deleted"),
    _row("GET", "/v1/prices", "PriceListParams", "stripe._price.Price", "list"),
    _row("POST", "/v1/prices", "PriceCreateParams", "stripe._price.Price"),
    _row("GET", "/v1/prices/{id}", "PriceRetrieveParams", "stripe._price.Price"),
    _row("POST", "/v1/prices/{id}", "PriceUpdateParams", "stripe._price.Price"),
    _row("GET", "/v1/billing/meters", "MeterListParams", "stripe.billing._meter.Meter", "list", "billing"),
    _row("POST", "/v1/billing/meters", "MeterCreateParams", "stripe.billing._meter.Meter", package="billing"),
    _row("GET", "/v1/billing/meters/{id}", "MeterRetrieveParams", "stripe.billing._meter.Meter", package="billing"),
    _row("POST", "/v1/billing/meters/{id}", "MeterUpdateParams", "stripe.billing._meter.Meter", package="billing"),
    _row("POST", "/v1/billing/meters/{id}/deactivate", "MeterDeactivateParams", "stripe.billing._meter.Meter",
         package="billing"),
    _row("POST", "/v1/billing/meters/{id}/reactivate", "MeterReactivateParams", "stripe.billing._meter.Meter",
         package="billing"),
    _row("POST", "/v1/billing/meter_events", "MeterEventCreateParams", "stripe.billing._meter_event.MeterEvent",
         package="billing"),
    _row("GET", "/v1/billing/meters/{id}/event_summaries", "MeterListEventSummariesParams",
         "stripe.billing._meter_event_summary.MeterEventSummary", "list", "billing"),
    _row("POST", "/v1/billing/meter_event_adjustments", "MeterEventAdjustmentCreateParams",
         "stripe.billing._meter_event_adjustment.MeterEventAdjustment", package="billing"),
    _row("GET", "/v1/webhook_endpoints", "WebhookEndpointListParams",
         "stripe._webhook_endpoint.WebhookEndpoint", "list"),
    _row("POST", "/v1/webhook_endpoints", "WebhookEndpointCreateParams", "stripe._webhook_endpoint.WebhookEndpoint"),
    _row("GET", "/v1/webhook_endpoints/{id}", "WebhookEndpointRetrieveParams",
         "stripe._webhook_endpoint.WebhookEndpoint"),
    _row("POST", "/v1/webhook_endpoints/{id}", "WebhookEndpointUpdateParams",
         "stripe._webhook_endpoint.WebhookEndpoint"),
    _row("DELETE", "/v1/webhook_endpoints/{id}", "WebhookEndpointDeleteParams",
         "stripe._webhook_endpoint.WebhookEndpoint", "deleted"),
    _row("GET", "/v1/customers", "CustomerListParams", "stripe._customer.Customer", "list"),
    _row("POST", "/v1/customers", "CustomerCreateParams", "stripe._customer.Customer"),
    _row("GET", "/v1/customers/{id}", "CustomerRetrieveParams", "stripe._customer.Customer"),
    _row("POST", "/v1/customers/{id}", "CustomerUpdateParams", "stripe._customer.Customer"),
    _row("DELETE", "/v1/customers/{id}", "CustomerDeleteParams", "stripe._customer.Customer", "deleted"),
    _row("GET", "/v1/customers/{id}/balance_transactions", "CustomerListBalanceTransactionsParams",
         "stripe._customer_balance_transaction.CustomerBalanceTransaction", "list"),
    _row("POST", "/v1/customers/{id}/balance_transactions", "CustomerCreateBalanceTransactionParams",
         "stripe._customer_balance_transaction.CustomerBalanceTransaction"),
    _row("GET", "/v1/subscriptions", "SubscriptionListParams", "stripe._subscription.Subscription", "list"),
    _row("POST", "/v1/subscriptions", "SubscriptionCreateParams", "stripe._subscription.Subscription"),
    _row("GET", "/v1/subscriptions/{id}", "SubscriptionRetrieveParams", "stripe._subscription.Subscription"),
    _row("POST", "/v1/subscriptions/{id}", "SubscriptionUpdateParams", "stripe._subscription.Subscription"),
    # Canceling answers the canceled subscription, not a deletion stub.
    _row("DELETE", "/v1/subscriptions/{id}", "SubscriptionCancelParams", "stripe._subscription.Subscription"),
    _row("GET", "/v1/subscription_items", "SubscriptionItemListParams",
         "stripe._subscription_item.SubscriptionItem", "list"),
    _row("POST", "/v1/subscription_items", "SubscriptionItemCreateParams",
         "stripe._subscription_item.SubscriptionItem"),
    _row("GET", "/v1/subscription_items/{id}", "SubscriptionItemRetrieveParams",
         "stripe._subscription_item.SubscriptionItem"),
    _row("POST", "/v1/subscription_items/{id}", "SubscriptionItemUpdateParams",
         "stripe._subscription_item.SubscriptionItem"),
    _row("DELETE", "/v1/subscription_items/{id}", "SubscriptionItemDeleteParams",
         "stripe._subscription_item.SubscriptionItem", "deleted"),
    _row("GET", "/v1/subscription_schedules", "SubscriptionScheduleListParams",
         "stripe._subscription_schedule.SubscriptionSchedule", "list"),
    _row("POST", "/v1/subscription_schedules", "SubscriptionScheduleCreateParams",
         "stripe._subscription_schedule.SubscriptionSchedule"),
    _row("GET", "/v1/subscription_schedules/{id}", "SubscriptionScheduleRetrieveParams",
         "stripe._subscription_schedule.SubscriptionSchedule"),
    _row("POST", "/v1/subscription_schedules/{id}", "SubscriptionScheduleUpdateParams",
         "stripe._subscription_schedule.SubscriptionSchedule"),
    _row("POST", "/v1/subscription_schedules/{id}/release", "SubscriptionScheduleReleaseParams",
         "stripe._subscription_schedule.SubscriptionSchedule"),
    _row("POST", "/v1/subscription_schedules/{id}/cancel", "SubscriptionScheduleCancelParams",
         "stripe._subscription_schedule.SubscriptionSchedule"),
    _row("GET", "/v1/test_helpers/test_clocks", "TestClockListParams",
         "stripe.test_helpers._test_clock.TestClock", "list", "test_helpers"),
    _row("POST", "/v1/test_helpers/test_clocks", "TestClockCreateParams",
         "stripe.test_helpers._test_clock.TestClock", package="test_helpers"),
    _row("GET", "/v1/test_helpers/test_clocks/{id}", "TestClockRetrieveParams",
         "stripe.test_helpers._test_clock.TestClock", package="test_helpers"),
    _row("POST", "/v1/test_helpers/test_clocks/{id}/advance", "TestClockAdvanceParams",
         "stripe.test_helpers._test_clock.TestClock", package="test_helpers"),
    _row("DELETE", "/v1/test_helpers/test_clocks/{id}", "TestClockDeleteParams",
         "stripe.test_helpers._test_clock.TestClock", "deleted", "test_helpers"),
    _row("GET", "/v1/invoices", "InvoiceListParams", "stripe._invoice.Invoice", "list"),
    _row("GET", "/v1/invoices/{id}", "InvoiceRetrieveParams", "stripe._invoice.Invoice"),
    _row("POST", "/v1/invoices/create_preview", "InvoiceCreatePreviewParams", "stripe._invoice.Invoice"),
    _row("GET", "/v1/invoices/{id}/lines", "InvoiceListLinesParams", "stripe._invoice_line_item.InvoiceLineItem",
         "list"),
    _row("POST", "/v1/billing/credit_grants", "CreditGrantCreateParams", "stripe.billing._credit_grant.CreditGrant",
         package="billing"),
    _row("GET", "/v1/billing/credit_grants", "CreditGrantListParams", "stripe.billing._credit_grant.CreditGrant",
         "list", "billing"),
    _row("GET", "/v1/billing/credit_grants/{id}", "CreditGrantRetrieveParams",
         "stripe.billing._credit_grant.CreditGrant", package="billing"),
    _row("POST", "/v1/billing/credit_grants/{id}/void", "CreditGrantVoidGrantParams",
         "stripe.billing._credit_grant.CreditGrant", package="billing"),
    _row("POST", "/v1/billing/credit_grants/{id}/expire", "CreditGrantExpireParams",
         "stripe.billing._credit_grant.CreditGrant", package="billing"),
    _row("GET", "/v1/billing/credit_balance_summary", "CreditBalanceSummaryRetrieveParams",
         "stripe.billing._credit_balance_summary.CreditBalanceSummary", package="billing"),
    _row("GET", "/v1/billing/credit_balance_transactions", "CreditBalanceTransactionListParams",
         "stripe.billing._credit_balance_transaction.CreditBalanceTransaction", "list", "billing"),
    _row("POST", "/v1/invoices/{id}/void", "InvoiceVoidInvoiceParams", "stripe._invoice.Invoice"),
    _row("POST", "/v1/credit_notes", "CreditNoteCreateParams", "stripe._credit_note.CreditNote"),
    _row("GET", "/v1/credit_notes", "CreditNoteListParams", "stripe._credit_note.CreditNote", "list"),
    _row("GET", "/v1/credit_notes/{id}", "CreditNoteRetrieveParams", "stripe._credit_note.CreditNote"),
    _row("GET", "/v1/credit_notes/{id}/lines", "CreditNoteListLinesParams",
         "stripe._credit_note_line_item.CreditNoteLineItem", "list"),
    _row("POST", "/v1/credit_notes/{id}/void", "CreditNoteVoidCreditNoteParams", "stripe._credit_note.CreditNote"),
]

# The endpoints Tariff itself calls (TariffEngine's TariffCalls, which `tariff permissions` prints,
# plus the in-place updates it makes through the same permissions): plan, apply, prune, import.
# Customers are read expanded on the subscription lists (`expand[]=data.customer`), so the
# `GET /v1/customers/{id}` that the permission list names is not called on its own.
TARIFF_CALLS = [
    "GET /v1/account",
    "GET /v1/products", "POST /v1/products", "POST /v1/products/{id}",
    "GET /v1/prices", "POST /v1/prices", "POST /v1/prices/{id}",
    "GET /v1/billing/meters", "POST /v1/billing/meters", "POST /v1/billing/meters/{id}",
    "POST /v1/billing/meters/{id}/deactivate",
    "GET /v1/webhook_endpoints", "POST /v1/webhook_endpoints", "POST /v1/webhook_endpoints/{id}",
    "GET /v1/subscriptions", "GET /v1/subscriptions/{id}",
    "POST /v1/subscription_items/{id}",
    "POST /v1/subscription_schedules", "GET /v1/subscription_schedules/{id}",
    "POST /v1/subscription_schedules/{id}",
]


def match(method, path):
    """The row serving `method path`, or None."""
    for row in ROWS:
        if row[0] == method and row[1].match(path):
            return row
    return None
