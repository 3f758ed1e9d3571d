import Foundation
import TariffStripe

/// `tariff emulator` running as its own process on loopback, and the real `tariff` binary run
/// against it without blocking the test's threads.
final class ApplyEmulatorProcess: @unchecked Sendable {
    let process: Process
    let baseURL: String
    let client: StripeClient
    private let transport: AsyncHTTPTransport
    let directory: URL

    /// Starts `tariff emulator --port 0` with the given extra arguments (faults, latency, seed).
    static func start(_ arguments: [String] = []) async throws -> ApplyEmulatorProcess {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-apply-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("emulator.out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = TariffBinary.executable
        process.arguments = ["emulator", "--port", "0"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<500 {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression) {
                return ApplyEmulatorProcess(
                    process: process, baseURL: String(text[range]), directory: directory)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        throw StripeTransportError.connectionFailed("the emulator did not start")
    }

    private init(process: Process, baseURL: String, directory: URL) {
        self.process = process
        self.baseURL = baseURL
        self.directory = directory
        transport = AsyncHTTPTransport(baseURL: baseURL)
        let retry = StripeRetryPolicy(
            maxRetries: 8, initialDelay: .milliseconds(5), maxDelay: .milliseconds(50))
        client = StripeClient(
            configuration: StripeClientConfiguration(
                apiKey: StripeAPIKey("sk_test_apply_e2e"), baseURL: baseURL, retryPolicy: retry),
            transport: transport)
    }

    /// Runs `body` with a started emulator and always stops it, even when `body` throws.
    static func with<T>(_ arguments: [String] = [], _ body: (ApplyEmulatorProcess) async throws -> T)
        async throws -> T
    {
        let emulator = try await start(arguments)
        do {
            let value = try await body(emulator)
            await emulator.stop()
            return value
        } catch {
            await emulator.stop()
            throw error
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    func stop() async {
        try? await transport.shutdown()
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    /// How many Stripe requests the emulator has answered (`GET /_emulator/stats`).
    func requestsServed() async throws -> Int {
        let stats: EmulatorStats = try await client.get("/_emulator/stats")
        return stats.total
    }

    /// The part of the emulator's statistics the tests read.
    struct EmulatorStats: Decodable, Sendable {
        var total: Int
    }

    /// Writes a config file in the scenario's directory and returns its path.
    func writeConfig(_ text: String, name: String = "tariff.yaml") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The environment every run gets: a test key and this emulator.
    var environment: [String: String] {
        ["STRIPE_API_KEY": "sk_test_apply_e2e", "TARIFF_STRIPE_API_BASE": baseURL]
    }

    /// Runs `tariff ARGUMENTS…` to completion.
    func tariff(_ arguments: [String], timeout: Duration = .seconds(120)) async throws -> TariffBinary.Result
    {
        let run = try TariffRun(arguments, environment: environment)
        return try await run.wait(timeout: timeout)
    }
}

/// One run of the real binary, output in temporary files so a chatty child never blocks.
final class TariffRun: @unchecked Sendable {
    let process = Process()
    private let outURL: URL
    private let errURL: URL

    init(_ arguments: [String], environment: [String: String]) throws {
        process.executableURL = TariffBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = TariffBinary.repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env.merge(environment) { _, new in new }
        process.environment = env
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-run-\(UUID().uuidString)")
        outURL = base.appendingPathExtension("out")
        errURL = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Sends SIGKILL, as a crash or an operator's kill -9 would.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the process to end (polling without blocking a thread).
    func wait(timeout: Duration = .seconds(120)) async throws -> TariffBinary.Result {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while process.isRunning, clock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return TariffBinary.Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
