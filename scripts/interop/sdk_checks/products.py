"""Checks on products and the account: custom ids, updates, archiving, deletion, form encoding."""

import stripe

from sdk_checks.support import (
    check,
    expect,
    expect_eq,
    expect_error,
    make_product,
    make_licensed_price,
)


@check("account_retrieve")
def check_account(ctx):
    """GET /v1/account answers an account object for the key."""
    account = ctx.v1.accounts.retrieve_current()
    expect_eq(account.object, "account", "object")
    expect(isinstance(account.id, str) and account.id.startswith("acct_"),
           "id should start with acct_, got %r" % account.id)
    return account.id


@check("product_custom_id")
def check_product_custom_id(ctx):
    """A product created with a custom id keeps it, with metadata and description."""
    product = make_product(ctx, "custom", metadata={"plan_key": "pro"}, description="Pro plan")
    expect_eq(product.id, ctx.name("custom"), "id")
    expect_eq(product.object, "product", "object")
    expect_eq(product.active, True, "active")
    expect_eq(product.livemode, False, "livemode")
    expect_eq(product.metadata.to_dict(), {"plan_key": "pro"}, "metadata")
    fetched = ctx.v1.products.retrieve(product.id)
    expect_eq(fetched.id, product.id, "retrieved id")
    expect_eq(fetched.name, "Interop custom", "retrieved name")
    expect_eq(fetched.description, "Pro plan", "retrieved description")
    return product.id


@check("product_duplicate_id")
def check_product_duplicate_id(ctx):
    """A second product with a taken id is refused with resource_already_exists."""
    make_product(ctx, "dup")
    expect_error(lambda: make_product(ctx, "dup"), stripe.InvalidRequestError, 400,
                 code="resource_already_exists", what="second create with the same id")
    return "resource_already_exists"


@check("product_update_metadata_description")
def check_product_update(ctx):
    """Product update: rename, remove one metadata key with "", clear the description."""
    product = make_product(ctx, "pupdate", metadata={"x": "1", "y": "2"}, description="Old")
    updated = ctx.v1.products.update(product.id, {
        "name": "New name", "metadata": {"x": "", "z": "3"}, "description": "",
    })
    expect_eq(updated.name, "New name", "name")
    expect_eq(updated.metadata.to_dict(), {"y": "2", "z": "3"}, "metadata")
    expect_eq(updated.description, None, "description after description=\"\"")
    return product.id


@check("archive_price_and_product")
def check_archive(ctx):
    """Archiving prices and products, and the active filters of both lists."""
    product = make_product(ctx, "archive")
    keep = make_licensed_price(ctx, product.id, 1000)
    gone = make_licensed_price(ctx, product.id, 2000)
    archived = ctx.v1.prices.update(gone.id, {"active": False})
    expect_eq(archived.active, False, "price active after archive")
    default_list = [p.id for p in ctx.v1.prices.list({"product": product.id}).data]
    expect_eq(default_list, [keep.id], "default price list (active only)")
    inactive = [p.id for p in ctx.v1.prices.list({"product": product.id, "active": False}).data]
    expect_eq(inactive, [gone.id], "price list with active=false")
    ctx.v1.prices.update(keep.id, {"active": False})
    archived_product = ctx.v1.products.update(product.id, {"active": False})
    expect_eq(archived_product.active, False, "product active after archive")
    inactive_products = [p.id for p in ctx.v1.products.list({"active": False, "limit": 100})
                         .auto_paging_iter()]
    expect(product.id in inactive_products, "archived product missing from active=false list")
    active_products = [p.id for p in ctx.v1.products.list({"active": True, "limit": 100})
                       .auto_paging_iter()]
    expect(product.id not in active_products, "archived product still in active=true list")
    return "%s, %s" % (gone.id, product.id)


@check("product_delete_rules")
def check_product_delete(ctx):
    """A product with prices cannot be deleted; one without can, and is then gone."""
    with_price = make_product(ctx, "del_priced")
    make_licensed_price(ctx, with_price.id, 100)
    expect_error(lambda: ctx.v1.products.delete(with_price.id), stripe.InvalidRequestError, 400,
                 what="delete a product that has prices")
    bare = make_product(ctx, "del_bare")
    deleted = ctx.v1.products.delete(bare.id)
    expect_eq((deleted.id, deleted.deleted), (bare.id, True), "deleted product")
    expect_error(lambda: ctx.v1.products.retrieve(bare.id), stripe.InvalidRequestError, 404,
                 code="resource_missing", what="retrieve after delete")
    return bare.id


@check("form_encoding_roundtrip")
def check_form_encoding(ctx):
    """Special characters survive Stripe's form encoding in ids, names and metadata."""
    # Characters that form encoding must escape: space, & = + % # ? / and non-ASCII text.
    product_id = ctx.name("enc.a-b~c")
    name = "Café & Co = 100% + more? #1 / ünïcode ✓"
    metadata = {"plan key": "a&b=c", "plus": "1+1", "percent": "50%", "unicode": "日本",
                "empty-ish": " ", "brackets": "[x]"}
    product = ctx.v1.products.create({"id": product_id, "name": name, "metadata": metadata})
    expect_eq(product.id, product_id, "custom id with . - ~")
    fetched = ctx.v1.products.retrieve(product_id)
    expect_eq(fetched.name, name, "name round trip")
    expect_eq(fetched.metadata.to_dict(), metadata, "metadata round trip")
    listed = ctx.v1.products.list({"ids": [product_id]})
    expect_eq([p.id for p in listed.data], [product_id], "list with ids[]")
    return product_id
