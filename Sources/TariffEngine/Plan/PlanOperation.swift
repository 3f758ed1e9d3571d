/// What one plan action does, with exactly the payload apply and the renderers need for it.
///
/// Each case is one operation on one Stripe object (or on the subscriptions of one price); there
/// is no combination to validate afterwards. An object the same plan creates is named by its
/// address (``ResourceAddress``), never by a placeholder id: apply resolves it once created.
package enum PlanOperation: Sendable, Hashable {
    /// `+`: a new object; apply sends the whole desired object as the create parameters.
    case create(DesiredObject)
    /// `~`: the live object changed in place; apply sends only the changed fields of `desired`.
    case update(liveID: String, desired: DesiredObject)
    /// `~` in the default-prices stage: a product's `default_price` pointed at its declared price
    /// or unset (Stripe must unset it before it archives that price). `declared` is the product
    /// as the config declares it, shown to reviewers; `nil` when the config no longer declares it.
    case defaultPrice(DefaultPriceChange, declared: DesiredProduct?)
    /// `-/+`: a new object takes over from `replacement.oldID`, which is archived afterwards.
    case replace(ReplacementObject, Replacement)
    /// `-`: `active=false` (meters: deactivated, webhook endpoints: disabled).
    case archive(ArchivedObject)
    /// `<=`: an unmarked live object matching a declared natural key gets Tariff's marker and the
    /// changed fields of `desired`.
    case adopt(liveID: String, desired: DesiredObject)
    /// `~>`: subscription items move from a replaced price to its successor.
    case migrate(Migration, impact: SubscriberImpact)

    /// The kind the renderers and the JSON plan show.
    package var kind: ActionKind {
        switch self {
        case .create: .create
        case .update, .defaultPrice: .update
        case .replace: .replace
        case .archive: .archive
        case .adopt: .adopt
        case .migrate: .migrate
        }
    }

    /// The kind of Stripe object the operation touches.
    package var resource: ResourceKind {
        switch self {
        case .create(let object), .update(_, let object), .adopt(_, let object): object.resource
        case .defaultPrice: .product
        case .replace(let object, _): object.resource
        case .archive(let object): object.resource
        case .migrate: .subscription
        }
    }

    /// The apply stage the operation belongs to (DESIGN.md §5).
    package var step: PlanStep {
        switch self {
        case .create(let object), .update(_, let object), .adopt(_, let object): object.resource.step
        case .defaultPrice: .defaultPrices
        case .replace(let object, _): object.resource.step
        case .archive: .archives
        case .migrate: .migrations
        }
    }

    /// The live object the operation changes: the updated, adopted or archived object, the old
    /// object of a replace, the replaced price of a migration; `nil` for a create and for the
    /// default price of a product this plan creates.
    package var liveID: String? {
        switch self {
        case .create: nil
        case .update(let id, _), .adopt(let id, _): id
        case .defaultPrice(let change, _): change.productID
        case .replace(_, let replacement): replacement.oldID
        case .archive(let object): object.liveID
        case .migrate(let migration, _): migration.fromPriceID
        }
    }
}

extension PlanOperation {
    /// The operation with the subscribers of its old price counted: the subscriber stage's
    /// answer for a replaced or archived price. Other operations have no old price's subscribers
    /// and come back unchanged.
    func counting(_ impact: SubscriberImpact) -> PlanOperation {
        switch self {
        case .replace(.price(let price, _), let replacement):
            .replace(.price(price, impact: impact), replacement)
        case .archive(.price(let id, _, let successor)):
            .archive(.price(liveID: id, impact: impact, successor: successor))
        case .create, .update, .defaultPrice, .replace(.meter, _), .archive, .adopt, .migrate:
            self
        }
    }
}

/// A product's `default_price` change, in the default-prices stage (after prices exist).
package enum DefaultPriceChange: Sendable, Hashable {
    /// Points the product's `default_price` at the declared price `to`; `productID` is `nil`
    /// when this plan creates the product (apply resolves it by the action's address).
    case point(productID: String?, to: ResourceAddress)
    /// Unsets the live product's `default_price` (`default_price=`).
    case unset(productID: String)

    /// The live product, when it exists before apply.
    package var productID: String? {
        switch self {
        case .point(let id, _): id
        case .unset(let id): id
        }
    }
}

/// The new object of a `replace`: Stripe replaces meters (their create-only fields) and prices
/// (amounts, currency, recurring terms); products and webhook endpoints change in place.
package enum ReplacementObject: Sendable, Hashable {
    case meter(DesiredMeter)
    /// `impact` counts the subscriptions on the old price; `nil` until the subscriber stage ran.
    case price(DesiredPrice, impact: SubscriberImpact?)

    package var resource: ResourceKind {
        switch self {
        case .meter: .meter
        case .price: .price
        }
    }

    package var desired: DesiredObject {
        switch self {
        case .meter(let meter): .meter(meter)
        case .price(let price, _): .price(price)
        }
    }
}

/// The live object an `archive` retires.
package enum ArchivedObject: Sendable, Hashable {
    /// Deactivated.
    case meter(liveID: String)
    case product(liveID: String)
    /// `impact` counts its subscriptions (`nil` until the subscriber stage ran). `successor` is
    /// the declared price when the archived one is an earlier version of it still active (an
    /// interrupted replacement): its subscribers then follow the successor's `on_change`.
    case price(liveID: String, impact: SubscriberImpact?, successor: DesiredPrice?)
    /// Disabled.
    case webhookEndpoint(liveID: String)

    package var liveID: String {
        switch self {
        case .meter(let id), .product(let id), .price(let id, _, _), .webhookEndpoint(let id): id
        }
    }

    package var resource: ResourceKind {
        switch self {
        case .meter: .meter
        case .product: .product
        case .price: .price
        case .webhookEndpoint: .webhookEndpoint
        }
    }
}

extension DesiredObject {
    /// The kind of Stripe object the declaration is.
    package var resource: ResourceKind {
        switch self {
        case .meter: .meter
        case .product: .product
        case .price: .price
        case .webhook: .webhookEndpoint
        }
    }
}

extension ResourceKind {
    /// The apply stage that creates or changes objects of the kind in place.
    package var step: PlanStep {
        switch self {
        case .meter: .meters
        case .product: .products
        case .price: .prices
        case .webhookEndpoint: .webhook
        case .subscription: .migrations
        }
    }
}
