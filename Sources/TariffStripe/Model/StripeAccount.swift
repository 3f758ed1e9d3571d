/// The account a key belongs to (`GET /v1/account`), used to pin plans to one account and mode.
package struct StripeAccount: StripeIdentifiable, Hashable {
    package let id: String
    /// The business name shown in the Dashboard, when set.
    package let displayName: String?
    package let email: String?
    package let country: String?
    package let defaultCurrency: String?
    package let chargesEnabled: Bool?
    package let detailsSubmitted: Bool?
    /// Whether the key is a live-mode key. Stripe's account object does not always carry this; the
    /// emulator sends it, and otherwise the key prefix tells (`StripeAPIKey.mode`).
    package let livemode: Bool?

    enum CodingKeys: String, CodingKey {
        case id, email, country, livemode, settings
        case businessProfile = "business_profile"
        case defaultCurrency = "default_currency"
        case chargesEnabled = "charges_enabled"
        case detailsSubmitted = "details_submitted"
    }

    private struct BusinessProfile: Decodable {
        let name: String?
    }

    private struct Settings: Decodable {
        struct Dashboard: Decodable {
            let displayName: String?
            enum CodingKeys: String, CodingKey { case displayName = "display_name" }
        }
        let dashboard: Dashboard?
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        let profile = try? container.decodeIfPresent(BusinessProfile.self, forKey: .businessProfile)
        let settings = try? container.decodeIfPresent(Settings.self, forKey: .settings)
        displayName = settings?.dashboard?.displayName ?? profile?.name
        email = try container.decodeIfPresent(String.self, forKey: .email)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        defaultCurrency = try container.decodeIfPresent(String.self, forKey: .defaultCurrency)
        chargesEnabled = try container.decodeIfPresent(Bool.self, forKey: .chargesEnabled)
        detailsSubmitted = try container.decodeIfPresent(Bool.self, forKey: .detailsSubmitted)
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode)
    }
}
