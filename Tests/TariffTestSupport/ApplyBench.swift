import Foundation
import TariffConfig
package import TariffEmulator
package import TariffEngine
package import TariffStripe

/// An in-process emulator with a client, and the plan → apply → plan loop the apply tests share
/// (the engine's apply tests, and the CLI tests that need a seeded account or an example's desired
/// state).
package struct ApplyBench {
    package let emulator: StripeEmulator
    package let client: StripeClient

    package init(
        faults: EmulatorFaults = .none, seed: UInt64 = 7,
        transport: ((any StripeTransport) -> any StripeTransport)? = nil
    ) {
        emulator = StripeEmulator(configuration: .init(faults: faults, seed: seed))
        let base: any StripeTransport = EmulatorTransport(emulator: emulator)
        let retry = StripeRetryPolicy(
            maxRetries: 6, initialDelay: .milliseconds(1), maxDelay: .milliseconds(8))
        client = StripeClient(
            configuration: StripeClientConfiguration(
                apiKey: StripeAPIKey("sk_test_apply"), baseURL: "emulator", retryPolicy: retry),
            transport: transport.map { $0(base) } ?? base)
    }

    /// The desired state of a config given as YAML text (failing the test on an invalid config).
    package static func desired(_ yaml: String) throws -> (DesiredState, digest: String) {
        let loaded = ConfigLoader.load(inputs: [
            ConfigSourceFile(path: "tariff.yaml", bytes: Array(yaml.utf8))
        ])
        guard let config = loaded.config else {
            throw BenchError.invalidConfig(loaded.diagnostics.diagnostics.map(\.message))
        }
        return (DesiredStateCompiler.compile(config), loaded.digest)
    }

    /// The desired state of a directory or file under `examples/`.
    package static func example(_ name: String) throws -> (DesiredState, digest: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let loaded = ConfigLoader.load(paths: [root.appendingPathComponent("examples/\(name)").path])
        guard let config = loaded.config else {
            throw BenchError.invalidConfig(loaded.diagnostics.diagnostics.map(\.message))
        }
        return (DesiredStateCompiler.compile(config), loaded.digest)
    }

    package func plan(_ desired: (DesiredState, digest: String), client: StripeClient? = nil) async throws
        -> ApplyPlanner.Planned
    {
        let planner = ApplyPlanner(reader: LiveStateReader(client: client ?? self.client))
        return try await planner.plan(desired.0, options: PlanOptions(configDigest: desired.digest))
    }

    /// Plans and applies once, with `client` (default: the bench's).
    package func apply(
        _ desired: (DesiredState, digest: String), client: StripeClient? = nil, parallelism: Int = 4,
        secret: (@Sendable (StripeSecret) throws -> Void)? = nil
    ) async throws -> ApplyReport {
        let planned = try await plan(desired, client: client)
        let options = ApplyOptions(
            parallelism: parallelism, knownIDs: planned.knownIDs, webhookSecret: secret)
        return await ApplyExecutor(plan: planned.plan, client: client ?? self.client, options: options).run()
    }

    /// Every object of a list endpoint (a fault-free read straight from the emulator).
    package func all<T: StripeIdentifiable>(_ path: String, _ query: String = "", as type: T.Type = T.self)
        async throws -> [T]
    {
        let clean = StripeClient(
            configuration: client.configuration, transport: EmulatorControlTransport(emulator: emulator))
        var form = StripeForm()
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { form.append(parts[0], .string(parts[1])) }
        }
        return try await clean.listAll(path, query: form)
    }

    package enum BenchError: Error {
        case invalidConfig([String])
    }
}

/// Reads the emulator's state without faults: the seeding entry point answers like Stripe.
struct EmulatorControlTransport: StripeTransport {
    let emulator: StripeEmulator

    package func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse {
        let text = request.method == "POST" ? String(decoding: request.body, as: UTF8.self) : request.query
        do {
            let body = try await emulator.seed(request.method, request.path, form: text)
            return StripeHTTPResponse(status: 200, headers: ["content-type": "application/json"], body: body)
        } catch let error as EmulatorSeedError {
            let message = #"{"error":{"type":"invalid_request_error","message":"\#(error.description)"}}"#
            return StripeHTTPResponse(status: error.status, body: Array(message.utf8))
        }
    }
}

/// A transport that stops answering after a number of requests, as if the process died there.
package final class CrashingTransport: StripeTransport, @unchecked Sendable {
    // The lock guards `sent`.
    private let lock = NSLock()
    private var sent = 0
    package let base: any StripeTransport
    package let limit: Int

    package init(base: any StripeTransport, crashAfter limit: Int) {
        self.base = base
        self.limit = limit
    }

    package func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse {
        let number = lock.withLock {
            sent += 1
            return sent
        }
        guard number <= limit else { throw StripeTransportError.connectionFailed("crashed") }
        return try await base.send(request, timeout: timeout)
    }
}
