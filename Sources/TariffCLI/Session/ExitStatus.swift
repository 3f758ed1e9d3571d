import ArgumentParser

/// Tariff's exit statuses, one name each (DESIGN.md §1: exit codes are API).
///
/// Every command ends with one of these; no command spells a number.
enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Done; for `plan --detailed-exitcode`, also "no changes".
    case success = 0
    /// An error: invalid config, a Stripe failure, a refused or failed apply.
    case failure = 1
    /// `plan --detailed-exitcode`: the plan has changes.
    case changes = 2
    /// A `--fail-on` kind is present (a policy gate for CI); nothing was applied.
    case policyGate = 3

    /// The status as ArgumentParser ends the process with it.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
