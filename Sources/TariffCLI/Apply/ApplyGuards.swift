import Foundation
import TariffConfig
import TariffEngine
import TariffStripe

/// The checks that stand between a plan and the account (DESIGN.md §5, issue 5 item 5).
///
/// Each returns an error message for `error:` on stderr (exit 1), or nil when the way is clear.
enum ApplyGuards {
    /// A live-mode key (or account) needs `--live`, always (issue 5: `mode: live` in the config
    /// says which account the config is for; `--live` is the operator's consent for this run).
    static func liveMode(key: StripeAPIKey?, plan: Plan, liveFlag: Bool, config: Config) -> String? {
        let live = key?.mode == .live || plan.context.mode == .live
        guard live, !liveFlag else { return nil }
        return "refusing to change a live-mode Stripe account without --live; "
            + "review the plan, then run apply again with --live"
    }

    /// Archiving objects the config no longer declares needs `--prune` (a saved plan made with
    /// `--prune` must be applied with it too).
    static func prune(plan: Plan, pruneFlag: Bool) -> String? {
        guard !pruneFlag else { return nil }
        let pruned = plan.actions.filter { action in action.reasons.contains { $0.kind == .pruned } }
        guard plan.context.prune || !pruned.isEmpty else { return nil }
        let names = pruned.prefix(5).map(\.address.path).joined(separator: ", ")
        return "the plan archives objects the config no longer declares (\(names)); pass --prune to allow it"
    }

    /// Protected resources refuse replace and archive; the planner reports them as
    /// `plan.protected` errors, and apply re-checks the actions in case a saved plan was edited.
    /// Only protection refuses here: other plan errors are ``planErrors(plan:)``'s.
    static func protected(plan: Plan) -> String? {
        let refused = plan.actions.filter { action in
            switch action.operation {
            case .replace(.price(let price, _), _), .archive(.price(_, _, let price?)): price.protected
            case .create, .update, .defaultPrice, .replace(.meter, _), .archive, .adopt, .migrate: false
            }
        }
        if !refused.isEmpty {
            let names = refused.map { "\($0.kind.rawValue) \($0.address.path)" }.joined(separator: ", ")
            return "the plan would \(names), which the config marks protected: true"
        }
        let protectedErrors = plan.diagnostics.filter { $0.severity == .error && $0.code == protectedCode }
        guard !protectedErrors.isEmpty else { return nil }
        return "the plan would replace or archive a protected resource (\(protectedErrors.count) "
            + "\(protectedErrors.count == 1 ? "error" : "errors") above); nothing was applied"
    }

    /// The diagnostic code of the planner's refusal to touch a `protected: true` resource.
    static let protectedCode = "plan.protected"

    /// Any other error in the plan (a wrong account or mode, an audit error, a taken id) refuses
    /// the whole apply: the diagnostics above say what.
    static func planErrors(plan: Plan) -> String? {
        plan.hasErrors ? "the plan has errors (see above); nothing was applied" : nil
    }

    /// The confirmation: `--auto-approve`, or "yes" typed on a terminal. Without a terminal and
    /// without `--auto-approve` apply refuses rather than guess.
    ///
    /// `command` names what is confirmed in the messages (`apply`, `import --adopt`).
    static func confirm(
        autoApprove: Bool, summary: String, command: String = "apply",
        question: String = "Do you want to apply these changes?"
    ) -> String? {
        if autoApprove { return nil }
        guard isatty(STDIN_FILENO) == 1 else {
            return "no terminal to confirm on: pass --auto-approve to \(command) without a prompt (for CI)"
        }
        FileHandle.standardError.write(Data("\n\(summary)\n\(question) Only 'yes' will be accepted: ".utf8))
        let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
        return answer == "yes" ? nil : "\(command) cancelled; nothing was changed"
    }
}
