/// Stripe's list envelope: `{"object":"list","data":[…],"has_more":…,"url":"/v1/…"}`.
package struct StripeList<Element: Decodable & Sendable>: Decodable, Sendable {
    /// This page's objects, newest first.
    package let data: [Element]
    /// Whether more objects follow after the last one of `data`.
    package let hasMore: Bool
    /// The list's path, such as `/v1/prices`.
    package let url: String?

    package init(data: [Element], hasMore: Bool = false, url: String? = nil) {
        self.data = data
        self.hasMore = hasMore
        self.url = url
    }

    enum CodingKeys: String, CodingKey {
        case data
        case hasMore = "has_more"
        case url
    }
}

/// The answer to a DELETE: `{"id":…,"object":…,"deleted":true}`.
package struct StripeDeletedObject: StripeIdentifiable, Hashable {
    package let id: String
    package let object: String?
    package let deleted: Bool
}

extension StripeList: Equatable where Element: Equatable {}
extension StripeList: Hashable where Element: Hashable {}
