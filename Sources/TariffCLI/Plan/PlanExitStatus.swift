import Foundation
import TariffEngine

/// `tariff plan`'s exit status (DESIGN.md §1: exit codes are API).
///
/// - 1: the plan has an error (a protected resource, a wrong account, an audit error);
/// - 3: `--fail-on` names a kind of action the plan holds (a policy gate for CI);
/// - 2: with `--detailed-exitcode`, the plan has changes;
/// - 0: otherwise.
enum PlanExitStatus {
    static func code(for plan: Plan, detailed: Bool, failOn: Set<ActionKind>) -> Int32 {
        if plan.hasErrors { return 1 }
        if plan.actions.contains(where: { failOn.contains($0.kind) }) { return 3 }
        if detailed && plan.hasChanges { return 2 }
        return 0
    }

    /// Parses `--fail-on archive,replace,migrate` (repeatable, comma-separated).
    static func parseFailOn(_ values: [String]) throws(PlanCommandError) -> Set<ActionKind> {
        var kinds: Set<ActionKind> = []
        for word in values.flatMap({ $0.split(separator: ",") }) {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let kind = ActionKind(rawValue: name) else {
                let known = ActionKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw PlanCommandError("--fail-on: unknown action kind '\(name)' (expected one of \(known))")
            }
            kinds.insert(kind)
        }
        return kinds
    }
}

/// A `tariff plan` failure reported as one `error:` line on stderr, exit 1.
struct PlanCommandError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
