/// A Stripe object that has an id: everything that can appear in a list or behind `expand[]`.
package protocol StripeIdentifiable: Decodable, Sendable {
    var id: String { get }
}

/// A reference that Stripe sends either as an id string or, when expanded, as the whole object
/// (a price's `product`, a product's `default_price`, a subscription's `customer`).
package indirect enum StripeExpandable<Object: StripeIdentifiable>: Sendable {
    case id(String)
    case object(Object)

    /// The referenced object's id, whichever form arrived.
    package var id: String {
        switch self {
        case .id(let id): id
        case .object(let object): object.id
        }
    }

    /// The object, when it was expanded.
    package var object: Object? {
        if case .object(let object) = self { object } else { nil }
    }
}

extension StripeExpandable: Decodable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let id = try? container.decode(String.self) {
            self = .id(id)
        } else {
            self = .object(try container.decode(Object.self))
        }
    }
}

/// Any object reduced to its id, for references Tariff never needs expanded (a tax code, a schedule).
package struct StripeObjectReference: StripeIdentifiable, Hashable {
    package let id: String
}

extension StripeExpandable: Equatable where Object: Equatable {}
extension StripeExpandable: Hashable where Object: Hashable {}
