import ArgumentParser

/// `tariff permissions` (not built yet).
struct PermissionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permissions",
        abstract: "Not available yet in this build.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("tariff permissions is not built yet")
    }
}
