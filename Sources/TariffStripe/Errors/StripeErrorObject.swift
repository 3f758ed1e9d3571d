/// Stripe's error object, the body of every failed request: `{"error": {"type": …, …}}`.
package struct StripeErrorObject: Decodable, Sendable, Hashable {
    package let type: StripeEnum<StripeErrorType>?
    /// A machine-readable reason such as `resource_missing` or `lock_timeout`.
    package let code: String?
    /// The parameter at fault, in form-encoding spelling (`items[0][price]`).
    package let param: String?
    /// Stripe's text for humans; shown to the user, never parsed except for permission names.
    package let message: String?
    package let docURL: String?

    enum CodingKeys: String, CodingKey {
        case type, code, param, message
        case docURL = "doc_url"
    }

    package init(
        type: StripeEnum<StripeErrorType>? = nil, code: String? = nil, param: String? = nil,
        message: String? = nil, docURL: String? = nil
    ) {
        self.type = type
        self.code = code
        self.param = param
        self.message = message
        self.docURL = docURL
    }

    /// The `{"error": …}` wrapper.
    struct Envelope: Decodable {
        let error: StripeErrorObject
    }
}
