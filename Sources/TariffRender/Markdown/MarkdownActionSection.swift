import TariffEngine

/// One action as a collapsible section of the pull-request comment: a one-line summary a reviewer
/// can scan, then the reasons, a field table with `forces replacement` marked, tier tables, and the
/// subscriber impact.
struct MarkdownActionSection {
    var action: PlanAction

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
            lines += ["Apply " + MarkdownEscape.text(ReplacementText.steps(replacement, resource: action.resource)) + ".", ""]
        }
        if let migration = action.migration {
            lines += ["Apply " + MarkdownEscape.text(ReplacementText.migration(migration)) + ".", ""]
        }
        if let impact = action.impact {
            lines.append("**Subscribers:** " + MarkdownEscape.text(ImpactText.counts(impact)) + ".")
            lines.append(MarkdownEscape.text(ImpactText.policy(impact, for: action.kind)))
            lines.append("")
        }
        lines.append("</details>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `-/+ price "Search API per call" products.search_api.prices.search_usage must be replaced`,
    /// in HTML because it sits inside `<summary>`.
    private func summary() -> String {
        var text = "<code>\(MarkdownEscape.text(action.kind.symbol))</code> "
        text += "\(SummaryText.noun(action.resource)) <b>\(MarkdownEscape.text(action.label))</b> "
        text += "<code>\(MarkdownEscape.text(action.address.path))</code> \(SummaryText.verb(action.kind))"
        if action.impact.map({ $0.live > 0 }) == true, let impact = action.impact {
            text += " (\(ImpactText.subscriptions(impact.live)))"
        }
        return text
    }

    /// The changed fields as a table; tiers are summarised in the table and laid out below it.
    private func fieldTable() -> [String] {
        guard !action.changes.isEmpty else { return [] }
        let round = ValueText.packageRound(of: action)
        var lines = ["| field | before | after | |", "| --- | --- | --- | --- |"]
        var tierBlocks: [String] = []
        for change in action.changes {
            var notes: [String] = []
            if change.forcesReplacement { notes.append("**forces replacement**") }
            if change.isDrift { notes.append("changed outside Tariff") }
            let before = change.before.map { MarkdownEscape.text(ValueText.inline($0, packageRound: round)) } ?? "–"
            let after = change.after.map { MarkdownEscape.text(ValueText.inline($0, packageRound: round)) } ?? "–"
            lines.append("| \(MarkdownEscape.code(change.field)) | \(before) | \(after) | \(notes.joined(separator: ", ")) |")
            for (label, value) in [("before", change.before), ("after", change.after)] {
                if case .tiers(let tiers)? = value {
                    tierBlocks.append(tierTable(tiers, title: "\(MarkdownEscape.code(change.field)) \(label)"))
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
                lines.append("| --- | ---: | ---: |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
