import TariffEngine

/// The human report at the end of an apply: what was done, what failed and what is left.
enum ApplyReportText {
    static func render(_ report: ApplyReport, planReads: Int) -> String {
        var lines: [String] = []
        let done = report.results(.done)
        let failed = report.results(.failed)
        let left = report.results(.left)
        if report.succeeded {
            lines.append("Apply complete: \(done.count) step\(done.count == 1 ? "" : "s") done.")
        } else {
            lines.append(
                "Apply stopped at the \(report.stoppedAt?.name ?? "?") stage: \(done.count) done, \(failed.count) failed, \(left.count) left."
            )
        }
        if !failed.isEmpty {
            lines.append("")
            lines.append("Failed:")
            lines += failed.map { "  ✗ \($0.summary)\n      \($0.detail ?? "")" }
        }
        if !left.isEmpty {
            lines.append("")
            lines.append("Left (not started; run `tariff plan` to see what remains):")
            lines += left.prefix(20).map { "  · \($0.summary)" }
            if left.count > 20 { lines.append("  · … and \(left.count - 20) more") }
        }
        if !report.warnings.isEmpty {
            lines.append("")
            lines += report.warnings.map { "warning: \($0)" }
        }
        let seconds =
            Double(report.duration.components.seconds) + Double(report.duration.components.attoseconds) / 1e18
        lines.append("")
        lines.append(
            "Requests: \(planReads) to read the account, \(report.requests.total) to apply (\(report.requests.retries) retries, "
                + "\(report.rateLimitedResponses) rate-limited); \(String(format: "%.1f", seconds)) s.")
        return lines.joined(separator: "\n") + "\n"
    }
}
