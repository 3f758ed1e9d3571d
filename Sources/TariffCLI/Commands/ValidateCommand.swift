import ArgumentParser

/// `tariff validate` (not built yet).
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Not available yet in this build.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("tariff validate is not built yet")
    }
}
