import Foundation
import TariffEngine

/// `tariff plan`'s exit status (DESIGN.md §1: exit codes are API).
///
/// - ``ExitStatus/failure``: the plan has an error (a protected resource, a wrong account, an
///   audit error);
/// - ``ExitStatus/policyGate``: `--fail-on` names a kind of action the plan holds;
/// - ``ExitStatus/changes``: with `--detailed-exitcode`, the plan has changes;
/// - ``ExitStatus/success``: otherwise.
enum PlanExitStatus {
    static func status(for plan: Plan, detailed: Bool, failOn: Set<ActionKind>) -> ExitStatus {
        if plan.hasErrors { return .failure }
        if plan.actions.contains(where: { failOn.contains($0.kind) }) { return .policyGate }
        if detailed && plan.hasChanges { return .changes }
        return .success
    }

    /// Parses `--fail-on archive,replace,migrate` (repeatable, comma-separated) into the kinds of
    /// the plan at hand (`ActionKind` for `tariff plan`, `BillingActionKind` for `billing plan`).
    static func parseFailOn<Kind: RawRepresentable & CaseIterable & Hashable>(
        _ values: [String]
    ) throws(CLIError) -> Set<Kind> where Kind.RawValue == String {
        var kinds: Set<Kind> = []
        for word in values.flatMap({ $0.split(separator: ",") }) {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let kind = Kind(rawValue: name) else {
                let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw CLIError(
                    "cli.fail-on", "--fail-on: unknown action kind '\(name)' (expected one of \(known))")
            }
            kinds.insert(kind)
        }
        return kinds
    }
}
