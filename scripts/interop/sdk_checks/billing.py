"""Checks on webhook endpoints, customers, subscriptions and items, and object completeness."""

import uuid

import stripe

from sdk_checks.support import (
    CheckFailed,
    check,
    expect,
    expect_eq,
    expect_error,
    field,
    wire,
    make_subscription_fixture,
    make_product,
    make_licensed_price,
)


@check("webhook_endpoint_secret_only_on_create")
def check_webhook_endpoint(ctx):
    """Webhook endpoint lifecycle; the signing secret appears only on create."""
    url = "https://example.com/hooks/%s" % ctx.tag
    endpoint = ctx.v1.webhook_endpoints.create({
        "url": url, "enabled_events": ["invoice.paid", "customer.subscription.updated"],
        "description": "interop", "metadata": {"k": "v"},
    })
    expect_eq(endpoint.object, "webhook_endpoint", "object")
    expect(str(field(endpoint, "secret")).startswith("whsec_"),
           "create must return secret whsec_…, got %r" % field(endpoint, "secret"))
    expect_eq(endpoint.status, "enabled", "status")
    expect_eq(list(endpoint.enabled_events), ["invoice.paid", "customer.subscription.updated"],
              "enabled_events")
    fetched = ctx.v1.webhook_endpoints.retrieve(endpoint.id)
    expect("secret" not in fetched, "retrieve must not return secret")
    expect_eq(fetched.url, url, "retrieved url")
    listed = [e for e in ctx.v1.webhook_endpoints.list({"limit": 100}).auto_paging_iter()
              if e.id == endpoint.id]
    expect_eq(len(listed), 1, "endpoint in list")
    expect("secret" not in listed[0], "list must not return secret")
    updated = ctx.v1.webhook_endpoints.update(endpoint.id, {
        "enabled_events": ["price.updated"], "disabled": True})
    expect_eq(list(updated.enabled_events), ["price.updated"], "enabled_events replaced")
    expect_eq(updated.status, "disabled", "status after disabled=true")
    expect("secret" not in updated, "update must not return secret")
    err = expect_error(lambda: ctx.v1.webhook_endpoints.create({
        "url": url, "enabled_events": ["not.an_event"]}),
        stripe.InvalidRequestError, 400, what="unknown enabled event")
    expect(str(err.param or "").startswith("enabled_events"),
           "param should name enabled_events, got %r" % err.param)
    deleted = ctx.v1.webhook_endpoints.delete(endpoint.id)
    expect_eq(deleted.deleted, True, "deleted")
    expect_error(lambda: ctx.v1.webhook_endpoints.retrieve(endpoint.id),
                 stripe.InvalidRequestError, 404, code="resource_missing",
                 what="retrieve after delete")
    return endpoint.id


@check("customer_and_subscription_with_items")
def check_subscription(ctx):
    """A customer and a subscription with a licensed and a metered item, and its lists."""
    customer, sub, base, _, _, metered = make_subscription_fixture(ctx, "sub")
    expect_eq(customer.object, "customer", "customer object")
    expect_eq(customer.metadata.to_dict(), {"k": "v"}, "customer metadata")
    expect_eq(sub.object, "subscription", "subscription object")
    expect_eq(sub.customer, customer.id, "subscription customer")
    expect_eq(sub.status, "active", "subscription status")
    items = {item.price.id: item for item in sub["items"].data}
    expect_eq(set(items), {base.id, metered.id}, "item prices")
    expect_eq(items[base.id].quantity, 3, "licensed item quantity")
    expect_eq(items[base.id].object, "subscription_item", "item object")
    expect_eq(items[base.id].subscription, sub.id, "item subscription")
    fetched = ctx.v1.subscriptions.retrieve(sub.id)
    expect_eq(len(fetched["items"].data), 2, "items on retrieve")
    by_customer = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id}).data]
    expect_eq(by_customer, [sub.id], "list by customer")
    by_price = [s.id for s in ctx.v1.subscriptions.list({"price": base.id}).data]
    expect_eq(by_price, [sub.id], "list by price")
    listed_items = ctx.v1.subscription_items.list({"subscription": sub.id})
    expect_eq({i.id for i in listed_items.data}, {i.id for i in items.values()},
              "GET /v1/subscription_items?subscription=")
    customers = [c.id for c in ctx.v1.customers.list({"email": customer.email}).data]
    expect_eq(customers, [customer.id], "customers list by email")
    return sub.id


@check("swap_subscription_item_price")
def check_swap(ctx):
    """Swapping an item's price keeps the quantity sent, and resets it to 1 when not sent."""
    _, sub, base, bigger, other, _ = make_subscription_fixture(ctx, "swap")
    item = next(i for i in sub["items"].data if i.price.id == base.id)
    kept = ctx.v1.subscriptions.update(sub.id, {
        "items": [{"id": item.id, "price": bigger.id, "quantity": 3}],
        "proration_behavior": "none"})
    swapped = [i for i in kept["items"].data if i.id == item.id]
    expect_eq(len(swapped), 1, "same item id after swap")
    expect_eq(swapped[0].price.id, bigger.id, "price after swap")
    expect_eq(swapped[0].quantity, 3, "quantity sent with the swap")
    expect_eq(len(kept["items"].data), 2, "item count after swap")
    reset = ctx.v1.subscription_items.update(item.id, {
        "price": other.id, "proration_behavior": "none"})
    expect_eq(reset.price.id, other.id, "price after subscription_items update")
    expect_eq(reset.quantity, 1, "quantity after a price change without quantity")
    again = ctx.v1.subscriptions.update(sub.id, {
        "items": [{"id": item.id, "price": base.id}], "proration_behavior": "create_prorations"})
    back = next(i for i in again["items"].data if i.id == item.id)
    expect_eq((back.price.id, back.quantity), (base.id, 1),
              "price/quantity after subscription update without quantity")
    kept_item = ctx.v1.subscription_items.update(item.id, {"price": bigger.id, "quantity": 5,
                                                           "proration_behavior": "none"})
    expect_eq((kept_item.price.id, kept_item.quantity), (bigger.id, 5),
              "subscription_items update with quantity")
    return item.id


@check("subscription_cancel_and_status_filter")
def check_subscription_cancel(ctx):
    """A canceled subscription leaves the default list and shows with status=all."""
    customer, sub, _, _, _, _ = make_subscription_fixture(ctx, "cancel")
    canceled = ctx.v1.subscriptions.cancel(sub.id)
    expect_eq(canceled.status, "canceled", "status after cancel")
    default = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id}).data]
    expect_eq(default, [], "default list leaves out canceled subscriptions")
    every = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id, "status": "all"}).data]
    expect_eq(every, [sub.id], "status=all")
    only = [s.id for s in ctx.v1.subscriptions.list({"customer": customer.id,
                                                      "status": "canceled"}).data]
    expect_eq(only, [sub.id], "status=canceled")
    return sub.id


@check("customer_balance_transaction")
def check_balance_transaction(ctx):
    """A customer balance transaction changes the customer's balance."""
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("credit")})
    txn = ctx.v1.customers.balance_transactions.create(customer.id, {
        "amount": -500, "currency": "usd", "description": "Interop credit"},
        {"idempotency_key": "interop-%s" % uuid.uuid4()})
    expect_eq(txn.object, "customer_balance_transaction", "object")
    expect_eq((txn.amount, txn.currency, txn.customer), (-500, "usd", customer.id), "fields")
    expect_eq(txn.ending_balance, -500, "ending_balance")
    listed = ctx.v1.customers.balance_transactions.list(customer.id)
    expect_eq([t.id for t in listed.data], [txn.id], "list")
    expect_eq(ctx.v1.customers.retrieve(customer.id).balance, -500, "customer balance")
    return txn.id


# Fields that Stripe returns on every object of these types at the pinned API version (null
# when unset). Left out on purpose: fields returned only when expanded (price tiers and
# currency_options, customer sources/subscriptions/tax_ids/cash_balance/...), `deleted`, the
# webhook `secret`, and fields too new to be sure of for 2026-07-29.dahlia.
ALWAYS_PRESENT = {
    "product": "active created default_price description id images livemode marketing_features "
               "metadata name object package_dimensions shippable statement_descriptor tax_code "
               "type unit_label updated url",
    "price": "active billing_scheme created currency custom_unit_amount id livemode lookup_key "
             "metadata nickname object product recurring tax_behavior tiers_mode "
             "transform_quantity type unit_amount unit_amount_decimal",
    "billing.meter": "created customer_mapping default_aggregation display_name event_name "
                     "event_time_window id livemode object status status_transitions updated "
                     "value_settings",
    "webhook_endpoint": "api_version application created description enabled_events id livemode "
                        "metadata object status url",
    "customer": "address balance created currency default_source delinquent description discount "
                "email id invoice_prefix invoice_settings livemode metadata name "
                "next_invoice_sequence object phone preferred_locales shipping tax_exempt "
                "test_clock",
    "subscription": "application application_fee_percent automatic_tax billing_cycle_anchor "
                    "billing_cycle_anchor_config billing_thresholds cancel_at "
                    "cancel_at_period_end canceled_at cancellation_details collection_method "
                    "created currency customer days_until_due default_payment_method "
                    "default_source default_tax_rates description discounts ended_at "
                    "invoice_settings items latest_invoice livemode metadata "
                    "next_pending_invoice_item_invoice on_behalf_of pause_collection "
                    "payment_settings pending_invoice_item_interval pending_setup_intent "
                    "pending_update schedule start_date status test_clock transfer_data "
                    "trial_end trial_settings trial_start",
    "subscription_item": "billing_thresholds created current_period_end current_period_start "
                         "discounts id metadata object plan price quantity subscription "
                         "tax_rates",
    "customer_balance_transaction": "amount created credit_note currency customer description "
                                    "ending_balance id invoice livemode metadata object type",
}


@check("object_fields_present")
def check_object_fields(ctx):
    """Objects carry every field Stripe always returns (null when unset)."""
    customer, sub, _, _, _, _ = make_subscription_fixture(ctx, "fields")
    product = ctx.v1.products.retrieve(ctx.name("fields"))
    price = ctx.v1.prices.retrieve(sub["items"].data[0].price.id)
    meter = ctx.v1.billing.meters.list({"limit": 1}).data[0]
    endpoint = ctx.v1.webhook_endpoints.create({"url": "https://example.com/f/%s" % ctx.tag,
                                                "enabled_events": ["*"]})
    endpoint = ctx.v1.webhook_endpoints.retrieve(endpoint.id)
    txn = ctx.v1.customers.balance_transactions.create(customer.id, {"amount": 1, "currency": "usd"})
    fetched_sub = ctx.v1.subscriptions.retrieve(sub.id)
    item = ctx.v1.subscription_items.retrieve(fetched_sub["items"].data[0].id)
    objects = {"product": wire(product), "price": wire(price), "billing.meter": meter.to_dict(),
               "webhook_endpoint": wire(endpoint), "customer": wire(customer),
               "subscription": wire(fetched_sub), "subscription_item": wire(item),
               "customer_balance_transaction": wire(txn)}
    problems = []
    for kind, data in objects.items():
        expect_eq(data.get("object"), kind, "object of the %s sample" % kind)
        missing = [key for key in ALWAYS_PRESENT[kind].split() if key not in data]
        if missing:
            problems.append("%s lacks %s" % (kind, ", ".join(missing)))
    expect(not problems, "; ".join(problems))
    return "%d object types" % len(objects)


@check("subscription_items_embedded_page")
def check_embedded_items(ctx):
    """A subscription's embedded items list stops at 10 with has_more; its own endpoint pages."""
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("many_items")})
    product = make_product(ctx, "many_items")
    prices = [make_licensed_price(ctx, product.id, 100 + i).id for i in range(12)]
    sub = ctx.v1.subscriptions.create({
        "customer": customer.id, "items": [{"price": p, "quantity": 1} for p in prices],
        "collection_method": "send_invoice", "days_until_due": 30})
    embedded = wire(sub)["items"]
    expect_eq((embedded["object"], len(embedded["data"]), embedded["has_more"]),
              ("list", 10, True), "embedded items (object, count, has_more)")
    expect_eq(embedded["url"], "/v1/subscription_items?subscription=%s" % sub.id, "embedded url")
    listed = ctx.v1.subscription_items.list({"subscription": sub.id, "limit": 5})
    every = [item.price.id for item in listed.auto_paging_iter()]
    expect_eq(sorted(every), sorted(prices), "all 12 items through /v1/subscription_items")
    return "10 embedded + has_more, 12 through the item list"


@check("customer_delete_then_retrieve")
def check_customer_delete(ctx):
    """A deleted customer can still be retrieved, as a stub with deleted: true."""
    # Stripe's retrieve-customer docs: "When requesting the ID of a customer that has been
    # deleted, a subset of the customer's information will be returned, including a deleted
    # property, which will be true." (Products, by contrast, answer 404 once deleted.)
    customer = ctx.v1.customers.create({"email": "%s@example.com" % ctx.name("deleted")})
    deleted = ctx.v1.customers.delete(customer.id)
    expect_eq((deleted.id, deleted.object, deleted.deleted), (customer.id, "customer", True),
              "delete answer")
    try:
        fetched = ctx.v1.customers.retrieve(customer.id)
    except stripe.InvalidRequestError as err:
        raise CheckFailed("retrieve of a deleted customer answered HTTP %s %s instead of the "
                          "deleted stub" % (err.http_status, err.code))
    expect_eq((wire(fetched).get("id"), wire(fetched).get("deleted")), (customer.id, True),
              "retrieved deleted customer (id, deleted)")
    listed = [c.id for c in ctx.v1.customers.list({"email": customer.email}).data]
    expect_eq(listed, [], "deleted customer left out of the list")
    return customer.id
