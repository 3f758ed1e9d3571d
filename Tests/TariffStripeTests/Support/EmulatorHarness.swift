import Foundation
import TariffEmulator
@testable import TariffStripe

/// How a test reaches the emulator: in-process, or over loopback HTTP through the real transport.
enum EmulatorRoute: String, CaseIterable, Sendable, CustomStringConvertible {
    case inProcess = "in-process"
    case loopback = "loopback HTTP"

    var description: String { rawValue }
}

/// Runs `body` with a client wired to a fresh emulator over `route`, and always shuts down.
func withEmulatorClient<T: Sendable>(
    _ route: EmulatorRoute, key: String = testKeyText, configuration: StripeEmulator.Configuration = .init(),
    maxRetries: Int = 3, timeout: Duration = .seconds(10), sleeps: SleepRecorder = SleepRecorder(),
    _ body: (StripeClient, StripeEmulator) async throws -> T
) async throws -> T {
    let emulator = StripeEmulator(configuration: configuration)
    let policy = StripeRetryPolicy(maxRetries: maxRetries, jitter: { $0 }, sleep: { sleeps.record($0) })
    switch route {
    case .inProcess:
        let client = StripeClient(
            configuration: StripeClientConfiguration(
                apiKey: StripeAPIKey(key), apiVersion: StripeEmulator.apiVersion,
                baseURL: "in-process emulator",
                retryPolicy: policy, requestTimeout: timeout),
            transport: EmulatorTransport(emulator: emulator))
        return try await body(client, emulator)
    case .loopback:
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        let baseURL = "http://127.0.0.1:\(port)"
        let clientConfiguration = StripeClientConfiguration(
            apiKey: StripeAPIKey(key), apiVersion: StripeEmulator.apiVersion, baseURL: baseURL + "/",
            retryPolicy: policy, requestTimeout: timeout)
        let transport = AsyncHTTPTransport(configuration: clientConfiguration)
        let client = StripeClient(configuration: clientConfiguration, transport: transport)
        do {
            let result = try await body(client, emulator)
            try await transport.shutdown()
            await server.stop()
            return result
        } catch {
            try? await transport.shutdown()
            await server.stop()
            throw error
        }
    }
}

/// Calls `body` and returns the `StripeError` it throws, or nil.
func stripeError(_ body: () async throws -> Void) async -> StripeError? {
    do {
        try await body()
        return nil
    } catch let error as StripeError {
        return error
    } catch {
        return nil
    }
}
