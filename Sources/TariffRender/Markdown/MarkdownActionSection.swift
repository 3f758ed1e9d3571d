import TariffEngine

/// One action as a collapsible section of the pull-request comment: a one-line summary a reviewer
/// can scan, then the reasons, a field table with `forces replacement` marked, tier tables, and the
/// subscriber impact.
struct MarkdownActionSection {
    var action: PlanAction
    /// The prices replaced because this action replaces their meter.
    var dependents: [PlanAction] = []

    func text() -> String {
        var lines = ["<details><summary>" + summary() + "</summary>", ""]
        if let location = ValueText.location(action.range) {
            lines.append("Declared at " + MarkdownEscape.code(location) + ".")
            lines.append("")
        }
        if !action.reasons.isEmpty {
            lines += action.reasons.map { "- " + MarkdownEscape.text($0.message) }
            lines.append("")
        }
        lines += fieldTable()
        if let replacement = action.replacement {
            lines += [
                "Apply " + MarkdownEscape.text(ReplacementText.steps(replacement, resource: action.resource))
                    + ".", "",
            ]
        }
        let cascade = CascadeText.lines(for: dependents)
        if let first = cascade.first {
            lines.append("This " + MarkdownEscape.text(first))
            lines += cascade.dropFirst().map { "- " + MarkdownEscape.text(String($0.drop { $0 == " " })) }
            lines.append("")
        }
        if let migration = action.migration {
            lines += ["Apply " + MarkdownEscape.text(ReplacementText.migration(migration)) + ".", ""]
        }
        if let impact = action.impact {
            let sentences = ImpactText.lines(impact, for: action.kind)
            lines.append(
                "**Subscribers:** "
                    + sentences.map { MarkdownEscape.text($0.hasSuffix(".") ? $0 : $0 + ".") }.joined(
                        separator: "  \n"))
            lines.append("")
        }
        lines.append("</details>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `-/+ price "Search API per call" products.search_api.prices.search_usage must be replaced`,
    /// in HTML because it sits inside `<summary>`.
    private func summary() -> String {
        var text = "<code>\(MarkdownEscape.html(action.kind.symbol))</code> "
        if action.resource != .subscription {
            text += "\(SummaryText.noun(action.resource)) "
        }
        text += "<b>\(MarkdownEscape.html(action.label))</b> "
        text += "<code>\(MarkdownEscape.html(action.address.path))</code> \(SummaryText.verb(action.kind))"
        if action.kind != .migrate, let impact = action.impact, impact.live > 0 {
            text += " (\(ImpactText.subscriptions(impact.live)) billing)"
        }
        return text
    }

    /// The changed fields as a table; tiers are summarised in the table and laid out below it.
    /// A create has nothing before, so it gets a plain field/value table without the notes column.
    private func fieldTable() -> [String] {
        guard !action.changes.isEmpty else { return [] }
        let round = ValueText.packageRound(of: action)
        let onlyAfter = action.changes.allSatisfy { $0.before == nil && !$0.forcesReplacement && !$0.isDrift }
        var lines =
            onlyAfter
            ? ["| field | value |", "| --- | --- |"]
            : ["| field | before | after | |", "| --- | --- | --- | --- |"]
        var tierBlocks: [String] = []
        for change in action.changes {
            let before =
                change.before.map { MarkdownEscape.text(ValueText.inline($0, packageRound: round)) } ?? "–"
            let after =
                change.after.map { MarkdownEscape.text(ValueText.inline($0, packageRound: round)) } ?? "–"
            let field = MarkdownEscape.code(change.field.path)
            if onlyAfter {
                lines.append("| \(field) | \(after) |")
            } else {
                var notes: [String] = []
                if change.forcesReplacement { notes.append("**forces replacement**") }
                if change.isDrift { notes.append("changed outside Tariff") }
                lines.append("| \(field) | \(before) | \(after) | \(notes.joined(separator: ", ")) |")
            }
            let sides =
                onlyAfter ? [("", change.after)] : [(" before", change.before), (" after", change.after)]
            for (label, value) in sides {
                if case .tiers(let tiers)? = value {
                    tierBlocks.append(tierTable(tiers, title: field + label))
                }
            }
        }
        lines.append("")
        for block in tierBlocks {
            lines += [block, ""]
        }
        return lines
    }

    /// A tiers value as its own markdown table with a caption.
    private func tierTable(_ tiers: PlanTiers, title: String) -> String {
        let cells = ValueText.table(tiers).cells
        var lines = ["\(title) (\(tiers.mode), \(tiers.currency.uppercased())):", ""]
        for (index, row) in cells.enumerated() {
            lines.append("| " + row.map(MarkdownEscape.text).joined(separator: " | ") + " |")
            if index == 0 {
                lines.append("| --- |" + String(repeating: " ---: |", count: row.count - 1))
            }
        }
        return lines.joined(separator: "\n")
    }
}
