import ArgumentParser

/// `tariff apply` (not built yet).
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Not available yet in this build.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("tariff apply is not built yet")
    }
}
