import ArgumentParser
import Foundation
import TariffEmulator

/// `tariff emulator`: serves the built-in Stripe emulator on loopback until interrupted.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Serve the built-in Stripe emulator on 127.0.0.1.",
        discussion: """
            The emulator keeps everything in memory and follows Stripe's rules for the objects \
            Tariff manages. Point Tariff (or any Stripe SDK) at the printed base URL with any \
            sk_test_… key.

            Faults (also from TARIFF_EMULATOR_FAULTS, flags win): \(EmulatorFaults.syntax).
            Restricted keys for 403 tests come from TARIFF_EMULATOR_RESTRICTED_KEYS, e.g. \
            rk_test_ro=plan_read+product_read (entries separated by ';'); other keys may do anything.
            TARIFF_EMULATOR_RECORD=FILE appends every request and response to FILE as NDJSON \
            (never the key), for the contract check scripts/contract/check.py.

            Usage reporting: TARIFF_EMULATOR_NOW freezes the emulator's clock (Unix seconds or \
            ISO-8601), TARIFF_EMULATOR_METER_EVENT_LAG delays meter events in event summaries \
            (seconds). While it runs: POST /_emulator/clock (now=…|advance=…), POST \
            /_emulator/meter_event_lag (seconds=…), GET /_emulator/meter_event_errors.

            Examples:
              tariff emulator --port 12111
              tariff emulator --fault 429-every=3 --fault drop-every=5
              tariff emulator --seed demo
            """
    )

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 12111

    @Option(name: .customLong("latency-ms"), help: "Milliseconds to wait before answering each request.")
    var latencyMilliseconds: Int?

    @Option(name: .customLong("fault"), help: "A fault to inject, e.g. 429-every=3 (repeatable).")
    var faults: [String] = []

    @Option(
        help: "Seed for ids and secrets, to make runs reproducible; 'demo' also pre-seeds the demo account.")
    var seed: EmulatorSeedOption?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let latencyMilliseconds, latencyMilliseconds < 0 {
            throw ValidationError("--latency-ms must not be negative")
        }
    }

    /// The emulator's configuration from the flags and the environment (flags win).
    func emulatorConfiguration(environment: [String: String]) throws -> StripeEmulator.Configuration {
        var injected = EmulatorFaults()
        var restricted: [String: Set<String>] = [:]
        let usage: EmulatorUsageSettings
        do {
            usage = try EmulatorUsageSettings.from(environment: environment)
            if let text = environment["TARIFF_EMULATOR_FAULTS"] { try injected.apply(text) }
            for fault in faults { try injected.apply(fault) }
            if let text = environment["TARIFF_EMULATOR_RESTRICTED_KEYS"] {
                restricted = try StripeEmulator.Configuration.restrictedKeys(from: text)
            }
        } catch {
            throw ValidationError(error.description)
        }
        if let latencyMilliseconds { injected.latency = .milliseconds(latencyMilliseconds) }
        return StripeEmulator.Configuration(
            faults: injected, restrictedKeyPermissions: restricted, seed: seed?.idSeed, usage: usage)
    }

    func run() async throws {
        let configuration = try emulatorConfiguration(environment: ProcessInfo.processInfo.environment)
        let injected = configuration.faults
        let emulator = StripeEmulator(configuration: configuration)
        if seed == .demo { try await DemoAccount.seed(into: emulator) }
        let server = EmulatorServer(emulator: emulator)
        let bound = try await server.start(port: port)
        let base = "http://127.0.0.1:\(bound)"
        var banner = """
            Stripe emulator listening on \(base)
              export TARIFF_STRIPE_API_BASE=\(base)
              export STRIPE_API_KEY=sk_test_emulator   (any sk_test_… key works)

            """
        if injected.isActive { banner += "  faults: \(Self.describe(injected))\n" }
        if seed == .demo {
            banner +=
                "  demo account seeded: try `tariff plan examples/demo`, then `tariff apply --auto-approve examples/demo`\n"
        }
        banner += "Press Ctrl-C to stop.\n"
        // Written unbuffered so a script reading the URL from a pipe sees it at once.
        FileHandle.standardOutput.write(Data(banner.utf8))
        let signals = Self.stopOnSignals { Task { await server.stop() } }
        await server.waitUntilStopped()
        signals.forEach { $0.cancel() }
    }

    /// A one-line summary of the active faults for the startup banner.
    private static func describe(_ faults: EmulatorFaults) -> String {
        var parts: [String] = []
        if faults.latency > .zero { parts.append("latency \(faults.latency)") }
        if let every = faults.rateLimitEvery { parts.append("429 every \(every)") }
        if let every = faults.lockTimeoutEvery { parts.append("429 lock_timeout every \(every)") }
        if let every = faults.serverErrorEvery { parts.append("500 every \(every)") }
        if let rate = faults.serverErrorRate { parts.append("500 rate \(rate)") }
        if let every = faults.dropAfterCommitEvery { parts.append("drop after commit every \(every) writes") }
        return parts.joined(separator: ", ")
    }

    /// Calls `stop` on SIGINT or SIGTERM instead of letting the process die mid-response.
    private static func stopOnSignals(_ stop: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
    }
}

/// `tariff emulator --seed`: a number for reproducible ids, or `demo` for the demo account (with
/// the demo's fixed id seed).
enum EmulatorSeedOption: Equatable, ExpressibleByArgument {
    case number(UInt64)
    case demo

    init?(argument: String) {
        if argument == "demo" {
            self = .demo
        } else if let number = UInt64(argument) {
            self = .number(number)
        } else {
            return nil
        }
    }

    /// The id seed the emulator starts from.
    var idSeed: UInt64 {
        switch self {
        case .number(let number): number
        case .demo: DemoAccount.idSeed
        }
    }
}
