"""Checks on list pagination with the SDK's auto-pager, forwards and backwards, and limits."""

import stripe

from sdk_checks.support import (
    check,
    expect,
    expect_eq,
    expect_error,
    make_product,
    make_licensed_price,
)


@check("auto_pagination_prices_120")
def check_pagination_prices(ctx):
    """The SDK's auto-pager over 120 prices: count, order, requests, ending_before."""
    product = make_product(ctx, "paging")
    created = [make_licensed_price(ctx, product.id, 100 + i, nickname="p%03d" % i).id
               for i in range(120)]
    newest_first = list(reversed(created))
    before = len(ctx.http.calls)
    first = ctx.v1.prices.list({"product": product.id, "limit": 100})
    expect_eq(first.object, "list", "list object")
    expect_eq(first.url, "/v1/prices", "list url")
    expect_eq(len(first.data), 100, "first page size")
    expect_eq(first.has_more, True, "first page has_more")
    seen = [p.id for p in first.auto_paging_iter()]
    expect_eq(len(seen), 120, "objects seen by auto_paging_iter")
    expect_eq(seen, newest_first, "order (newest first, no duplicates or gaps)")
    expect_eq(len(ctx.http.calls) - before, 2, "HTTP requests for 120 objects at limit=100")
    small = [p.id for p in ctx.v1.prices.list({"product": product.id, "limit": 7}).auto_paging_iter()]
    expect_eq(small, newest_first, "order at limit=7")
    # Walking backwards: ending_before the 21st-newest returns the 20 newer ones, newest first.
    back = ctx.v1.prices.list({"product": product.id, "limit": 100, "ending_before": newest_first[20]})
    expect_eq([p.id for p in back.data], newest_first[:20], "page with ending_before")
    return "120 prices, 2 requests at limit=100, 18 pages at limit=7"


@check("auto_pagination_products_120")
def check_pagination_products(ctx):
    """The SDK's auto-pager over every product: our 120 newest first, no duplicates."""
    created = [make_product(ctx, "pg_%03d" % i).id for i in range(120)]
    ours = set(created)
    before = len(ctx.http.calls)
    listed = list(ctx.v1.products.list({"limit": 100}).auto_paging_iter())
    ids = [p.id for p in listed]
    expect_eq(len(ids), len(set(ids)), "duplicate ids across pages")
    stamps = [p.created for p in listed]
    expect(all(a >= b for a, b in zip(stamps, stamps[1:])), "created is not newest first")
    expect_eq([i for i in ids if i in ours], list(reversed(created)),
              "our 120 products, newest first")
    pages = len(ctx.http.calls) - before
    expect_eq(pages, (len(ids) + 99) // 100, "requests for %d products at limit=100" % len(ids))
    return "%d products listed in %d pages" % (len(ids), pages)


@check("auto_pagination_backwards")
def check_pagination_backwards(ctx):
    """The SDK's auto-pager walking backwards from ending_before."""
    product = make_product(ctx, "backwards")
    created = [make_licensed_price(ctx, product.id, 10 + i).id for i in range(25)]
    # ending_before the oldest object walks towards newer ones; the SDK yields them oldest first.
    walked = [p.id for p in ctx.v1.prices.list({"product": product.id, "limit": 10,
                                                "ending_before": created[0]}).auto_paging_iter()]
    expect_eq(walked, created[1:], "ids walked backwards with ending_before")
    return "24 prices in 3 pages"


@check("list_limit_bounds")
def check_limit_bounds(ctx):
    """limit outside 1..100 and an unknown cursor are refused with their param."""
    for bad in (0, 101):
        expect_error(lambda: ctx.v1.products.list({"limit": bad}), stripe.InvalidRequestError,
                     400, param="limit", what="limit=%d" % bad)
    default = ctx.v1.products.list()
    expect(len(default.data) <= 10, "default page size should be 10, got %d" % len(default.data))
    expect_error(lambda: ctx.v1.products.list({"starting_after": ctx.name("no_such_cursor")}),
                 stripe.InvalidRequestError, 400, param="starting_after",
                 what="starting_after an unknown id")
    return "limit 1..100, default 10"
