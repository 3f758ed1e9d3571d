import TariffDiagnostics
import TariffStripe

/// Prices with the same terms as a declared one: the unkeyed twin `--adopt` takes over, and the
/// active copy a create would duplicate (`plan.duplicate-price`).
extension PlanBuilder {
    /// Whether a live price has the declared price's terms: every create-only field equal and
    /// nothing else that would force a replacement, so the declaration could take it over.
    func hasSameTerms(_ live: LivePrice, as price: DesiredPrice) -> Bool {
        var diff = FieldDiff()
        _ = compareCreateOnly(price, current: live, into: &diff)
        compareUpdatable(price, current: live, into: &diff)
        return !diff.forcesReplacement
    }

    /// The active price of the same product, without a lookup key or any Tariff marker and not
    /// taken by another declaration, that has the declared price's terms (the oldest if several):
    /// what `--adopt` takes over instead of creating a copy.
    func unkeyedTwin(of price: DesiredPrice) -> LivePrice? {
        let productID = productIDs[price.productKey] ?? price.productKey
        return live.prices
            .filter { candidate in
                candidate.active && candidate.lookupKey == nil && candidate.productID == productID
                    && !claimed.contains(candidate.id)
                    && OwnershipMarker.ownership(of: candidate.metadata, namespace: desired.namespace)
                        == .none
                    && hasSameTerms(candidate, as: price)
            }
            .min { ($0.created, $0.id) < ($1.created, $1.id) }
    }

    /// Warns when the plan creates a price whose terms an active price of the same product already
    /// has (other than the one it replaces or archives), naming that price: the duplicate an
    /// import without adoption would otherwise create silently.
    mutating func warnIfDuplicate(_ price: DesiredPrice, replacing: String?) {
        let productID = productIDs[price.productKey] ?? price.productKey
        let archived = Set(archives.compactMap(\.liveID))
        let twins = live.prices.filter { candidate in
            candidate.active && candidate.productID == productID && candidate.id != replacing
                && !archived.contains(candidate.id) && hasSameTerms(candidate, as: price)
        }
        guard let twin = twins.min(by: { ($0.created, $0.id) < ($1.created, $1.id) }) else { return }
        let unkeyed = twin.lookupKey == nil && !index.isManaged(twin.metadata)
        plan.diagnostics.append(
            Diagnostic(
                .warning, code: "plan.duplicate-price",
                "\(price.address) creates a price with the same terms as \(twin.id), an active price of the same product",
                at: price.range,
                notes: [
                    DiagnosticNote(
                        unkeyed
                            ? "plan with --adopt to take \(twin.id) over (it has no lookup key) instead of creating a copy"
                            : "archive one of the two if they are meant to be the same price"
                    )
                ]))
    }
}
