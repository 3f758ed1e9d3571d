import Foundation
import TariffConfig
import TariffEmulator
import TariffEngine
import TariffStripe

/// The client apply talks through: Stripe (or `--api-base`), or an in-process emulator.
struct ApplySession: Sendable {
    let client: StripeClient
    /// The key in use; nil for the in-process emulator.
    let key: StripeAPIKey?
    private let http: AsyncHTTPTransport?

    init(config: Config, apiBase: String?, emulator: Bool) throws {
        let environment = ProcessInfo.processInfo.environment
        let version = config.stripe.apiVersion?.value
        if emulator {
            let transport = EmulatorTransport(emulator: StripeEmulator())
            client = StripeClient(
                configuration: StripeClientConfiguration(
                    apiKey: StripeAPIKey("sk_test_emulator"), apiVersion: version,
                    baseURL: "emulator:in-process"),
                transport: transport)
            key = nil
            http = nil
            return
        }
        let key = try PlanAPIKey.resolve(
            config.stripe.apiKey.value, environment: environment, mode: config.stripe.mode.value)
        let baseURL = StripeEnvironment.resolveBaseURL(flag: apiBase, environment: environment)
        let transport = AsyncHTTPTransport(baseURL: baseURL)
        client = StripeClient(
            configuration: StripeClientConfiguration(apiKey: key, apiVersion: version, baseURL: baseURL),
            transport: transport)
        self.key = key
        http = transport
    }

    var planner: ApplyPlanner { ApplyPlanner(reader: LiveStateReader(client: client)) }

    func shutdown() async {
        try? await http?.shutdown()
    }
}
