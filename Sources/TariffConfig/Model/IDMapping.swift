package import TariffDiagnostics

/// `id_mapping:`: which Stripe customer field holds the team's own company (and user) id.
package struct IDMapping: Sendable, Hashable {
    /// A dotted path such as `customer.metadata.company_id`; defaults to `customer.id`.
    package var companyID: Located<String>
    package var userID: Located<String>?
    /// What plan does about subscribed customers without a mapped id; defaults to `warn`.
    package var onMissing: Located<OnMissingID>
    /// The whole `id_mapping:` mapping; `nil` when the section was left out.
    package var range: SourceRange?

    package init(
        companyID: Located<String> = .defaulted("customer.id"), userID: Located<String>? = nil,
        onMissing: Located<OnMissingID> = .defaulted(.warn), range: SourceRange? = nil
    ) {
        self.companyID = companyID
        self.userID = userID
        self.onMissing = onMissing
        self.range = range
    }
}

/// `id_mapping.on_missing`.
package enum OnMissingID: String, Sendable, Hashable, CaseIterable {
    case warn, error
}
