package import TariffEngine
import TariffDiagnostics

/// Renders a ``Plan`` as GitHub-flavoured markdown for a pull-request comment.
///
/// A reviewer sees the summary, a warning banner when anything is replaced, archived or migrated,
/// and a counts table first; each action follows in a collapsible `<details>` section. GitHub
/// rejects comments over 65,536 characters, so the document is built block by block and stops
/// before ``Options/maxCharacters`` (counted in UTF-8 bytes, which is never fewer than
/// characters), ending with a note that says how many actions were left out.
package struct MarkdownPlanRenderer: Sendable {
    /// Limits of the document.
    package struct Options: Sendable, Hashable {
        /// The most UTF-8 bytes the document may take, truncation note included.
        package var maxCharacters: Int

        package init(maxCharacters: Int = 65_000) {
            self.maxCharacters = maxCharacters
        }
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// The plan as markdown, ending in a newline.
    package func render(_ plan: Plan) -> String {
        var document = MarkdownBudget(limit: options.maxCharacters)
        document.appendRequired(header(plan))
        // Blocks are rendered lazily: once one is left out, later ones are only counted, so a
        // plan of thousands of actions costs no more than the part that fits.
        var blocks: [(render: () -> String, isAction: Bool)] = []
        if !plan.diagnostics.isEmpty {
            blocks.append(({ MarkdownSections.problems(plan.diagnostics) }, false))
        }
        for action in plan.actions {
            blocks.append(
                (
                    {
                        MarkdownActionSection(
                            action: action, dependents: CascadeText.dependents(of: action, in: plan)
                        ).text()
                    }, true
                ))
        }
        if !plan.findings.isEmpty {
            blocks.append(({ MarkdownSections.findings(plan.findings) }, false))
        }
        if !plan.unmanaged.isEmpty {
            blocks.append(({ MarkdownSections.unmanaged(plan.unmanaged) }, false))
        }
        if !plan.history.isEmpty {
            blocks.append(({ MarkdownSections.history(plan.history) }, false))
        }
        var leftOutActions = 0
        var leftOutSections = 0
        for block in blocks {
            // Once one block is left out, later ones are too, so the comment never skips around.
            if leftOutActions + leftOutSections == 0, document.append(block.render()) { continue }
            if block.isAction { leftOutActions += 1 } else { leftOutSections += 1 }
        }
        if leftOutActions + leftOutSections > 0 {
            document.appendRequired(
                truncationNote(actions: leftOutActions, sections: leftOutSections, of: plan))
        }
        return document.text
    }

    /// Summary, banner, counts table and context: always present.
    private func header(_ plan: Plan) -> String {
        var lines = ["### Tariff plan", ""]
        lines.append("**\(SummaryText.line(for: plan))**")
        lines.append("")
        if plan.hasErrors {
            lines += [
                "> [!CAUTION]",
                "> Planning found errors; this plan cannot be applied. See **Problems** below.", "",
            ]
        }
        if plan.summary.isDestructive {
            lines += ["> [!WARNING]", "> " + bannerText(plan), ""]
        }
        if plan.hasChanges {
            lines += ["| action | count |", "| --- | ---: |"]
            for kind in ActionKind.allCases {
                lines.append("| `\(kind.symbol)` \(kind.rawValue) | \(plan.summary.count(kind)) |")
            }
            lines.append("| subscriptions to migrate | \(SummaryText.migratedSubscriptions(plan)) |")
            lines.append("")
        }
        lines.append("Planned against " + MarkdownEscape.text(SummaryText.context(plan.context)) + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `This plan replaces 1 object, archives 2 and migrates 12 subscriptions.` plus what to check.
    private func bannerText(_ plan: Plan) -> String {
        let summary = plan.summary
        var parts: [String] = []
        if summary.count(.replace) > 0 { parts.append("replaces \(objects(summary.count(.replace)))") }
        if summary.count(.archive) > 0 { parts.append("archives \(objects(summary.count(.archive)))") }
        if summary.count(.migrate) > 0 {
            parts.append("migrates \(ImpactText.subscriptions(SummaryText.migratedSubscriptions(plan)))")
        }
        let list =
            parts.count > 1
            ? parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
            : parts.joined()
        return "This plan \(list). Check the subscriber impact of each before merging."
    }

    private func objects(_ count: Int) -> String {
        "\(count) object\(count == 1 ? "" : "s")"
    }

    /// Says what was left out and where to see it all.
    private func truncationNote(actions: Int, sections: Int, of plan: Plan) -> String {
        var parts: [String] = []
        if actions > 0 {
            parts.append("\(actions) of \(plan.actions.count) action\(plan.actions.count == 1 ? "" : "s")")
        }
        if sections > 0 {
            parts.append("\(sections) further section\(sections == 1 ? "" : "s")")
        }
        return "> [!NOTE]\n> Truncated to stay under GitHub's comment size limit: "
            + parts.joined(separator: " and ")
            + " left out. Run `tariff plan` or read the JSON plan to see everything.\n"
    }
}

/// A markdown document that refuses blocks which would take it past its byte limit, keeping room
/// for the truncation note.
struct MarkdownBudget {
    /// Bytes kept free for the truncation note.
    static let noteReserve = 400
    let limit: Int
    private(set) var text = ""
    private var bytes = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Appends `block` (separated by a blank line) if it fits, and says whether it did.
    mutating func append(_ block: String) -> Bool {
        let piece = "\n" + block
        let size = piece.utf8.count
        guard bytes + size + Self.noteReserve <= limit else { return false }
        text += piece
        bytes += size
        return true
    }

    /// Appends a block that must be present (the header, the truncation note).
    mutating func appendRequired(_ block: String) {
        let piece = text.isEmpty ? block : "\n" + block
        text += piece
        bytes += piece.utf8.count
    }
}
