import Foundation
import Logging
import Testing
@testable import TariffStripe

/// Keeps every log line, message and metadata included, for the redaction proof.
final class CapturingLogHandler: LogHandler, @unchecked Sendable {
    final class Store: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        var all: [String] { lock.withLock { lines } }
        func append(_ line: String) { lock.withLock { lines.append(line) } }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(store: Store) {
        self.store = store
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        store.append("\(event.level) \(event.message) \(merged.sorted { $0.key < $1.key })")
    }
}

@Suite("Redaction")
struct StripeRedactionTests {
    @Test("the key never appears in logs, errors, or descriptions and dumps of the client")
    func keyNeverLeaks() async throws {
        let store = CapturingLogHandler.Store()
        let logger = Logger(label: "redaction") { _ in CapturingLogHandler(store: store) }
        let echo = "Invalid API Key provided: \(testKeyText); also saw Bearer \(testKeyText)"
        let transport = ScriptedTransport([
            .stripeError(401, type: "authentication_error", message: echo),
            .stripeError(400, type: "invalid_request_error", param: "name", message: echo),
            .stripeError(403, type: "invalid_request_error", message: echo),
            .stripeError(500, type: "api_error", message: echo),
            .fail(.connectionFailed("refused while sending Authorization: Bearer \(testKeyText)")),
            .json(200, "{\"not\": \"\(testKeyText)\"}"),
            .json(200, Fixture.list([Fixture.product("p")], hasMore: false, url: "/v1/products")),
        ])
        let client = makeClient(transport, maxRetries: 0, logger: logger)
        var texts: [String] = []
        for _ in 0..<6 {
            do {
                _ = try await client.retrieveProduct("p")
                Issue.record("expected a failure")
            } catch {
                texts.append(String(describing: error))
                texts.append(String(reflecting: error))
                var dumped = ""
                dump(error, to: &dumped)
                texts.append(dumped)
                texts.append(error.localizedDescription)
            }
        }
        _ = try await client.listAll("/v1/products", as: StripeProduct.self)
        var dumpedClient = ""
        dump(client, to: &dumpedClient)
        var dumpedConfig = ""
        dump(client.configuration, to: &dumpedConfig)
        texts += [
            String(describing: client), String(reflecting: client), dumpedClient, dumpedConfig,
            String(describing: client.configuration), String(reflecting: client.configuration),
            String(describing: client.configuration.apiKey), String(reflecting: client.configuration.apiKey),
        ]
        texts += store.all
        #expect(store.all.count == 7)
        #expect(store.all.contains { $0.contains("/v1/products/p") && $0.contains("req_err") })
        let secretPart = String(testKeyText.dropFirst("sk_test_".count))
        for text in texts {
            #expect(!text.contains(secretPart), "leaked in: \(text)")
        }
        #expect(texts.contains { $0.contains("sk_test_<redacted>") })
    }

    @Test("redaction masks key-shaped text, not just the configured key")
    func keyShapes() {
        let key = StripeAPIKey("sk_test_mine")
        let text = StripeRedaction.redact(
            "a sk_live_abcDEF123 b rk_test_zz9 c sk_test_mine d sk_test_", key: key)
        #expect(text == "a sk_live_<redacted> b rk_test_<redacted> c sk_test_<redacted> d sk_test_")
    }

    @Test(
        "key kind and mode come from the prefix",
        arguments: [
            ("sk_test_1", StripeAPIKey.Mode.test, false), ("rk_live_2", .live, true),
            ("whatever", .unknown, false),
            ("sk_live_a_test_b", .live, false), ("xsk_test_1", .unknown, false),
        ])
    func keyKinds(text: String, mode: StripeAPIKey.Mode, restricted: Bool) {
        let key = StripeAPIKey(text)
        #expect(key.mode == mode)
        #expect(key.isRestricted == restricted)
    }
}
