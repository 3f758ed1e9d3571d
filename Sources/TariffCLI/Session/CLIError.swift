/// A command's failure: one message, the diagnostic code it is printed under, and the status the
/// process ends with.
///
/// Every command reports its failures through this one type; ``TerminalOutput`` prints it like
/// any other diagnostic (so `--diagnostics-format json` and `github` carry it too).
struct CLIError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A stable, dotted code such as `cli.no-api-key` or `apply.stale-plan`.
    var code: String
    /// What went wrong and what to do about it.
    var message: String
    /// Extra lines printed as notes under the message.
    var notes: [String]
    /// The exit status; ``ExitStatus/failure`` unless a command says otherwise.
    var status: ExitStatus

    init(_ code: String, _ message: String, notes: [String] = [], status: ExitStatus = .failure) {
        self.code = code
        self.message = message
        self.notes = notes
        self.status = status
    }

    var description: String { message }
}
