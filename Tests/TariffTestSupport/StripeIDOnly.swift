/// Any Stripe object, by id.
package struct StripeIDOnly: Decodable, Sendable {
    package var id: String
}
