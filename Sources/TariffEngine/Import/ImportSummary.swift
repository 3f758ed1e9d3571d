/// The lines `tariff import` prints on stderr: what was written and what was left out.
package enum ImportSummary {
    package static func text(_ catalog: ImportedCatalog, path: String?) -> String {
        var lines: [String] = []
        let counts = [
            count(catalog.meters.count, "meter"), count(catalog.products.count, "product"),
            count(catalog.prices.count, "price"),
            catalog.webhook == nil ? "no webhook" : "1 webhook endpoint",
        ]
        lines.append("Imported \(counts.joined(separator: ", "))\(path.map { " into \($0)" } ?? "").")
        if catalog.archivedLeftOut > 0 {
            lines.append(
                "Left out \(count(catalog.archivedLeftOut, "archived object")) (--include-archived imports them)."
            )
        }
        if !catalog.lookupKeysToSet.isEmpty {
            lines.append(
                "\(count(catalog.lookupKeysToSet.count, "price")) without a lookup key: --adopt gives each its key from the YAML."
            )
        }
        if !catalog.skipped.isEmpty {
            lines.append("Not imported:")
            for skip in catalog.skipped {
                lines.append(
                    "  \(skip.kind) \(skip.id)\(skip.label.map { " (\($0))" } ?? ""): \(skip.reason)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `1 price`, `2 prices`.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
