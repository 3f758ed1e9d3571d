import TariffCLI

/// The `tariff` executable: everything lives in `TariffCLI`.
///
/// An `@main` type with an async `main` rather than top-level code in `main.swift`: at top level
/// the compiler picks ArgumentParser's synchronous `main()`, which refuses an async root command.
@main
enum TariffEntry {
    static func main() async {
        await TariffMain.main()
    }
}
