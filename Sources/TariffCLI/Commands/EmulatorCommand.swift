import ArgumentParser

/// `tariff emulator` (not built yet).
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Not available yet in this build.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("tariff emulator is not built yet")
    }
}
