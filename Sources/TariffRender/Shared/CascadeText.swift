import TariffEngine

/// The tree under a replaced meter: the prices replaced because they sit on it, with their
/// subscribers, so a reviewer sees the whole consequence at the meter (DESIGN.md §4).
enum CascadeText {
    /// The price actions whose `recurring.meter` becomes the new meter of `action`.
    static func dependents(of action: PlanAction, in plan: Plan) -> [PlanAction] {
        guard action.resource == .meter, action.kind == .replace else { return [] }
        let newMeter = PlanValue.created(.meter, action.address)
        return plan.actions.filter { candidate in
            candidate.resource == .price
                && candidate.changes.contains { $0.field == .price(.recurringMeter) && $0.after == newMeter }
        }
    }

    /// `cascades to 1 price on this meter:` then one line per price with its subscribers.
    static func lines(for dependents: [PlanAction]) -> [String] {
        guard !dependents.isEmpty else { return [] }
        let count = dependents.count
        var lines = ["cascades to \(count) price\(count == 1 ? "" : "s") on this meter:"]
        for price in dependents {
            var line = "  \(price.address) \(SummaryText.verb(price.kind))"
            if let impact = price.impact {
                line +=
                    impact.total == 0
                    ? " (no subscriptions)"
                    : " (\(ImpactText.subscriptions(impact.live)) billing, \(impact.policy.rawValue))"
            }
            lines.append(line)
        }
        return lines
    }
}
