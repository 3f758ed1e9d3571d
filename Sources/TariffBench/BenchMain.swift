import Foundation
import TariffEmulator

/// `tariff-bench DIR`: seeds an emulator with the benchmark catalog (no latency while seeding),
/// writes `DIR/matching.yaml` and `DIR/changed.yaml`, then serves the emulator on loopback with
/// 30 ms latency per request until killed. `scripts/bench-plan` drives it.
@main
struct BenchMain {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let directory = arguments.first else {
            FileHandle.standardError.write(Data("usage: tariff-bench DIR [LATENCY_MS]\n".utf8))
            exit(64)
        }
        let latency = arguments.dropFirst().first.flatMap { Int($0) } ?? 30
        let catalog = BenchCatalog()
        try Data(catalog.yaml(changed: false).utf8).write(
            to: URL(fileURLWithPath: directory + "/matching.yaml"))
        try Data(catalog.yaml(changed: true).utf8).write(
            to: URL(fileURLWithPath: directory + "/changed.yaml"))
        let emulator = StripeEmulator(
            configuration: .init(faults: EmulatorFaults(latency: .milliseconds(latency))))
        try await seed(catalog, into: emulator)
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        FileHandle.standardOutput.write(Data("http://127.0.0.1:\(port)\n".utf8))
        await server.waitUntilStopped()
    }

    /// Seeds meters, products, prices, customers and subscriptions through the emulator's API rules.
    static func seed(_ catalog: BenchCatalog, into emulator: StripeEmulator) async throws {
        var meterIDs: [String] = []
        for meter in 0..<catalog.meters {
            meterIDs.append(
                try await id(emulator.seed("POST", "/v1/billing/meters", form: catalog.seedMeter(meter))))
        }
        var monthly: [String] = []
        for product in 0..<catalog.products {
            try await emulator.seed("POST", "/v1/products", form: catalog.seedProduct(product))
            let prices = catalog.seedPrices(product, meterID: meterIDs[product % catalog.meters])
            for (position, form) in prices.enumerated() {
                let price = try await id(emulator.seed("POST", "/v1/prices", form: form))
                if position == 0 || position == 2 { monthly.append(price) }
            }
        }
        var customers: [String] = []
        for customer in 0..<catalog.customers {
            customers.append(
                try await id(
                    emulator.seed("POST", "/v1/customers", form: "metadata[company_id]=co_\(customer)")))
        }
        for subscription in 0..<catalog.subscriptions {
            let customer = customers[subscription % customers.count]
            let price = monthly[subscription % monthly.count]
            try await emulator.seed(
                "POST", "/v1/subscriptions", form: "customer=\(customer)&items[0][price]=\(price)")
        }
    }

    static func id(_ body: [UInt8]) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        return object?["id"] as? String ?? ""
    }
}
