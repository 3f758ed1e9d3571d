/// Live ids by address, filled as apply creates objects, so later steps can point at them.
actor ApplyIDTable {
    private var ids: [ResourceAddress: String]

    init(_ ids: [ResourceAddress: String]) {
        self.ids = ids
    }

    /// The ids a plan names: ids of updated or adopted objects, then the plan's matched objects
    /// (`liveIDs`), then ids the caller knows. Archived and replaced objects are never targets: an
    /// archive of an earlier price version shares its address with the price that replaced it.
    static func initial(for plan: Plan, known: [ResourceAddress: String]) -> [ResourceAddress: String] {
        var ids: [ResourceAddress: String] = [:]
        for action in plan.actions {
            switch action.operation {
            case .update(let id, _), .adopt(let id, _), .defaultPrice(.unset(let id), _),
                .defaultPrice(.point(let id?, _), _):
                ids[action.address] = id
            case .create, .defaultPrice(.point(nil, _), _), .replace, .archive, .migrate: break
            }
        }
        ids.merge(plan.liveIDs) { _, matched in matched }
        ids.merge(known) { _, given in given }
        return ids
    }

    func record(_ address: ResourceAddress, _ id: String) {
        ids[address] = id
    }

    /// The id of `address`; a product's id defaults to its YAML key (Tariff creates products with
    /// the key as id), so an unchanged product needs no lookup.
    func resolve(_ address: ResourceAddress) throws(ApplyStepError) -> String {
        if let id = ids[address] { return id }
        let parts = address.path.split(separator: ".")
        if parts.count == 2, parts[0] == "products" { return String(parts[1]) }
        throw .unresolved(address)
    }
}

/// Why a step could not be sent (Stripe's own refusals are `StripeError`s).
enum ApplyStepError: Error, Sendable, CustomStringConvertible {
    /// An object the step refers to has no known live id.
    case unresolved(ResourceAddress)
    /// The webhook endpoint was created but its secret could not be written.
    case secretNotWritten(endpoint: String, reason: String)

    var description: String {
        switch self {
        case .unresolved(let address):
            "the live id of \(address.path) is unknown (it is neither in the plan nor created by this apply)"
        case .secretNotWritten(let endpoint, let reason):
            "webhook endpoint \(endpoint) was created, but its signing secret could not be written (\(reason)); "
                + "Stripe shows it only once — roll it in the Dashboard"
        }
    }
}
