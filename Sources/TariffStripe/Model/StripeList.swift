/// Stripe's list envelope: `{"object":"list","data":[…],"has_more":…,"url":"/v1/…"}`.
public struct StripeList<Element: Decodable & Sendable>: Decodable, Sendable {
    /// This page's objects, newest first.
    public let data: [Element]
    /// Whether more objects follow after the last one of `data`.
    public let hasMore: Bool
    /// The list's path, such as `/v1/prices`.
    public let url: String?

    public init(data: [Element], hasMore: Bool = false, url: String? = nil) {
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
public struct StripeDeletedObject: StripeIdentifiable, Hashable {
    public let id: String
    public let object: String?
    public let deleted: Bool
}

extension StripeList: Equatable where Element: Equatable {}
extension StripeList: Hashable where Element: Hashable {}
