import Foundation
import TariffConfig
import TariffEmulator
import TariffStripe

/// One command's connection to Stripe: the client, and the HTTP transport or in-process emulator
/// behind it, shut down on every path.
///
/// `plan`, `apply`, `import` (and any later command that talks to Stripe) open their session with
/// ``run(_:key:namespace:apiVersion:environment:_:)``, so the client is built, and the emulator
/// seeded, in one way for all of them.
struct StripeSession: Sendable {
    /// Where the API key comes from.
    enum KeySource: Sendable {
        /// The config's `stripe.api_key` reference (falling back to `STRIPE_API_KEY`), which must
        /// match the config's `stripe.mode`.
        case config(APIKeyReference, mode: StripeMode)
        /// `STRIPE_API_KEY` only (`import`, which has no config yet).
        case environment
    }

    let client: StripeClient
    /// The key in use; nil for the in-process emulator (which accepts any test key).
    let key: StripeAPIKey?
    /// The in-process emulator, with `--emulator`.
    let emulator: StripeEmulator?
    private let http: AsyncHTTPTransport?

    /// The key the in-process emulator is called with.
    static let emulatorKey = StripeAPIKey("sk_test_emulator")

    /// Opens a session, runs `body` with it and shuts it down, whether `body` returns or throws.
    static func run<Value>(
        _ connection: ConnectionOptions, key: KeySource, namespace: String?, apiVersion: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        _ body: (StripeSession) async throws -> Value
    ) async throws -> Value {
        let session = try await open(
            connection, key: key, namespace: namespace, apiVersion: apiVersion, environment: environment)
        do {
            let result = try await body(session)
            await session.shutdown()
            return result
        } catch {
            await session.shutdown()
            throw error
        }
    }

    /// Builds the client: the in-process emulator with `--emulator` (the demo account when
    /// `namespace` is `tariff-demo`), else Stripe or `--api-base` with the resolved key.
    static func open(
        _ connection: ConnectionOptions, key source: KeySource, namespace: String?, apiVersion: String?,
        environment: [String: String]
    ) async throws -> StripeSession {
        if connection.emulator {
            let emulator = try await emulatorAccount(namespace: namespace)
            let client = StripeClient(
                configuration: StripeClientConfiguration(
                    apiKey: emulatorKey, apiVersion: apiVersion, baseURL: "emulator:in-process"),
                transport: EmulatorTransport(emulator: emulator))
            return StripeSession(client: client, key: nil, emulator: emulator, http: nil)
        }
        let key = try StripeKeyResolver.resolve(source, environment: environment)
        let baseURL = StripeEnvironment.resolveBaseURL(flag: connection.apiBase, environment: environment)
        let transport = AsyncHTTPTransport(baseURL: baseURL)
        let client = StripeClient(
            configuration: StripeClientConfiguration(apiKey: key, apiVersion: apiVersion, baseURL: baseURL),
            transport: transport)
        return StripeSession(client: client, key: key, emulator: nil, http: transport)
    }

    /// The `--emulator` account: empty, or the demo account when the namespace is `tariff-demo`
    /// (as in `examples/demo`), so that `plan --emulator` and `apply --emulator` start alike.
    static func emulatorAccount(namespace: String?) async throws -> StripeEmulator {
        guard DemoAccount.isRequested(byNamespace: namespace) else { return StripeEmulator() }
        let emulator = StripeEmulator(configuration: .init(seed: DemoAccount.idSeed))
        try await DemoAccount.seed(into: emulator)
        return emulator
    }

    /// Closes the HTTP transport (the emulator needs nothing).
    func shutdown() async {
        try? await http?.shutdown()
    }
}
