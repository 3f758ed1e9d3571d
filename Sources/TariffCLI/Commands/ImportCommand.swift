import ArgumentParser

/// `tariff import` (not built yet).
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Not available yet in this build.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("tariff import is not built yet")
    }
}
