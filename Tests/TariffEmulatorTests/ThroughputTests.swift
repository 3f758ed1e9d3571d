import Foundation
import TariffStripe
import Testing

@testable import TariffEmulator

/// In-process throughput of the emulator core (no HTTP): many concurrent list requests, each
/// checked. Prints requests per second; the figure is informative, not asserted.
@Suite("In-process throughput")
struct ThroughputTests {
    @Test func concurrentListsInProcess() async throws {
        let emulator = StripeEmulator(configuration: .init(seed: 21))
        for index in 0..<100 {
            try await emulator.seed("POST", "/v1/products", form: "id=p\(index)&name=P\(index)")
        }
        let request = StripeHTTPRequest(
            method: "GET", path: "/v1/products", query: "limit=100",
            headers: ["authorization": "Bearer sk_test_x"])
        let total = 1000
        let clock = ContinuousClock()
        let start = clock.now
        let sizes = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<total {
                group.addTask {
                    let response = await emulator.handle(request)
                    let json = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
                    return response.status == 200 ? ((json?["data"] as? [Any])?.count ?? -1) : -1
                }
            }
            var sizes: [Int] = []
            for await size in group { sizes.append(size) }
            return sizes
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        #expect(sizes.count == total)
        #expect(sizes.filter { $0 != 100 }.isEmpty)
        print(
            "emulator in-process: \(total) concurrent lists of 100 products in \(elapsed), \(Int(Double(total) / seconds)) requests/s"
        )
    }
}
