import TariffEngine

/// The text of one plan action, Terraform-style:
///
/// ```
///   # products.search_api.prices.search_usage must be replaced (tariff.yaml:31:7)
///   #   unit_amount changed from 0.2 to 0.3 (create-only on prices)
/// -/+ price "Search API per call" (price_123)
///       ~ unit_amount = $0.002 per unit -> $0.003 per unit  # forces replacement
///       # 12 subscriptions on price_123: 10 active, 2 trialing
///       # on_change: grandfather (default) — …
/// ```
struct ActionTextBlock {
    var action: PlanAction
    var style: ANSIStyle
    /// The prices replaced because this action replaces their meter.
    var dependents: [PlanAction] = []

    /// Columns of the gutter the action symbol is right-aligned in (`-/+` is the widest).
    static let gutter = 3
    /// The longest list printed on one line.
    static let listWidth = 60
    /// Indentation of the field lines under the header.
    static let fieldIndent = "      "

    func lines() -> [String] {
        var lines = header()
        lines += fieldLines()
        lines += replacementLines()
        lines += CascadeText.lines(for: dependents).map { "\(Self.fieldIndent)# \($0)" }
        lines += migrationLines()
        lines += impactLines()
        return lines
    }

    /// The `# address verb (location)` comment, the reasons, and the symbol line.
    private func header() -> [String] {
        let location = ValueText.location(action.range).map { " (\($0))" } ?? ""
        var lines = ["  # \(action.address) \(SummaryText.verb(action.kind))\(location)"]
        for reason in action.reasons {
            lines.append("  #   \(reason.message)")
        }
        let padding = String(repeating: " ", count: max(0, Self.gutter - action.kind.symbol.count))
        var title = "\(padding)\(style.symbol(action.kind)) "
        // A migration's label already says what it moves ("42 subscription item(s) of Seats").
        title +=
            action.resource == .subscription
            ? action.label : "\(SummaryText.noun(action.resource)) \(ValueText.quoted(action.label))"
        if let liveID = action.liveID {
            title += " (\(liveID))"
        }
        lines.append(title)
        return lines
    }

    /// One line per changed field (tiers add their tables), `=` signs aligned.
    private func fieldLines() -> [String] {
        let round = ValueText.packageRound(of: action)
        let width = action.changes.map(\.field.path.count).max() ?? 0
        var lines: [String] = []
        for change in action.changes {
            let marker = self.marker(for: change)
            let name = change.field.path.padded(to: width)
            var value: String
            switch (change.before, change.after) {
            case (nil, let after?): value = ValueText.inline(after, packageRound: round)
            case (let before?, nil): value = ValueText.inline(before, packageRound: round)
            case (let before, let after):
                value =
                    ValueText.inline(before, packageRound: round) + " -> "
                    + ValueText.inline(after, packageRound: round)
            }
            if case .strings(let old)? = change.before, case .strings(let new)? = change.after {
                value = ListDiff(before: old, after: new).summary
            }
            var continuation: [String] = []
            if change.before == nil, case .strings(let values)? = change.after, value.count > Self.listWidth {
                // A long list reads better one entry a line, as Terraform prints it.
                value = "["
                continuation =
                    values.map { "\(Self.fieldIndent)    \(ValueText.quoted($0))," } + [
                        "\(Self.fieldIndent)  ]"
                    ]
            }
            var line = "\(Self.fieldIndent)\(style.marker(marker)) \(name) = \(value)"
            if change.forcesReplacement {
                line += "  " + style.red("# forces replacement")
            }
            if change.isDrift {
                line += "  " + style.yellow("# changed outside Tariff")
            }
            lines.append(line)
            lines += continuation
            lines += tierTables(change)
        }
        return lines
    }

    /// `+` for a value that appears, `-` for one that goes, `~` for one that changes.
    private func marker(for change: FieldChange) -> String {
        switch (change.before, change.after) {
        case (nil, _): "+"
        case (_, nil): "-"
        default: "~"
        }
    }

    /// The tier tables under a tiers field: the new one, and the old one first when both exist.
    private func tierTables(_ change: FieldChange) -> [String] {
        let indent = Self.fieldIndent + "    "
        var lines: [String] = []
        let tables: [(String, PlanTiers)] = [("before", change.before), ("after", change.after)].compactMap {
            label, value in
            if case .tiers(let tiers)? = value { return (label, tiers) }
            return nil
        }
        for (label, tiers) in tables {
            if tables.count > 1 {
                lines.append(indent + label + ":")
            }
            let extra = tables.count > 1 ? "  " : ""
            lines += ValueText.tierLines(tiers).map { indent + extra + $0 }
        }
        return lines
    }

    /// What apply does to carry out a replacement.
    private func replacementLines() -> [String] {
        guard let replacement = action.replacement else { return [] }
        return ["\(Self.fieldIndent)# " + ReplacementText.steps(replacement, resource: action.resource) + "."]
    }

    /// The items a migration moves, and the schedules that could undo it.
    private func migrationLines() -> [String] {
        guard let migration = action.migration else { return [] }
        var lines = ["\(Self.fieldIndent)# " + ReplacementText.migration(migration) + "."]
        let scheduled = migration.items.filter(\.hasSchedule).count
        if scheduled > 0 {
            // A period-end move goes through the subscription's schedule when it is Tariff's own
            // (or one an interrupted apply created and left unchanged); apply leaves any other.
            let consequence =
                migration.policy == .migrateAtPeriodEnd
                ? ": apply moves it through that schedule only if Tariff began it, else leaves it on its price."
                : " whose next phase may undo the move."
            lines.append(
                "\(Self.fieldIndent)# " + style.yellow("warning:")
                    + " \(ImpactText.subscriptions(scheduled)) \(scheduled == 1 ? "follows" : "follow") a schedule"
                    + consequence)
        }
        return lines
    }

    /// The subscriptions on the price and what its policy does with them.
    private func impactLines() -> [String] {
        guard let impact = action.impact else { return [] }
        return ImpactText.lines(impact, for: action.kind).map { "\(Self.fieldIndent)# \($0)" }
    }
}
