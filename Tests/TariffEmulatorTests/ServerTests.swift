import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import TariffEmulator

/// The emulator over real loopback HTTP, with AsyncHTTPClient as the client.
@Suite("HTTP server", .serialized)
struct ServerTests {
    /// Sends one request to the running server and returns status, headers and parsed body.
    private func send(
        _ client: HTTPClient, _ base: String, _ method: HTTPMethod, _ path: String, form: String = "",
        headers extra: [(String, String)] = []
    ) async throws -> (status: Int, headers: HTTPHeaders, json: [String: Any]) {
        var request = HTTPClientRequest(
            url: base + path + (method == .POST || form.isEmpty ? "" : "?\(form)"))
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer sk_test_server")
        for (name, value) in extra { request.headers.add(name: name, value: value) }
        if method == .POST {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: form))
        }
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 22)
        let json = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
        return (Int(response.status.code), response.headers, json)
    }

    /// Starts a server on an ephemeral port, runs `body`, and always stops it.
    private func withServer(
        _ configuration: StripeEmulator.Configuration = .init(seed: 11),
        _ body: (HTTPClient, String, StripeEmulator) async throws -> Void
    ) async throws {
        let emulator = StripeEmulator(configuration: configuration)
        let server = EmulatorServer(emulator: emulator)
        let port = try await server.start(port: 0)
        #expect(port > 0)
        #expect(await server.baseURL?.absoluteString == "http://127.0.0.1:\(port)")
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(connectionPool: .init(idleTimeout: .seconds(30))))
        do {
            try await body(client, "http://127.0.0.1:\(port)", emulator)
        } catch {
            try? await client.shutdown()
            await server.stop()
            throw error
        }
        try await client.shutdown()
        await server.stop()
    }

    @Test func answersStripeRequestsOverLoopback() async throws {
        try await withServer { client, base, _ in
            let product = try await send(
                client, base, .POST, "/v1/products", form: "id=pro%20plan&name=Pro+Plan")
            #expect(product.status == 200)
            #expect(product.json["name"] as? String == "Pro Plan")
            let fetched = try await send(client, base, .GET, "/v1/products/pro%20plan")
            #expect(fetched.json["id"] as? String == "pro plan")
            #expect(fetched.headers.first(name: "Request-Id")?.hasPrefix("req_") == true)
            let missing = try await send(client, base, .GET, "/v1/prices/price_nope")
            #expect(missing.status == 404)
            #expect((missing.json["error"] as? [String: Any])?["param"] as? String == "price")
            let unauthenticated = try await send(
                client, base, .GET, "/v1/account", headers: [("Authorization", "Bearer nope")])
            #expect(unauthenticated.status == 401)
            let stats = try await send(client, base, .GET, "/_emulator/stats")
            #expect(stats.json["total"] as? Int == 4)
        }
    }

    @Test func aBusyPortIsAStartError() async throws {
        let first = EmulatorServer(emulator: StripeEmulator())
        let port = try await first.start(port: 0)
        let second = EmulatorServer(emulator: StripeEmulator())
        await #expect(throws: EmulatorServer.StartError.self) { try await second.start(port: port) }
        await first.stop()
        #expect(await first.baseURL == nil)
    }

    @Test func idempotentReplayOverHTTP() async throws {
        try await withServer { client, base, _ in
            let first = try await send(
                client, base, .POST, "/v1/customers", form: "name=A", headers: [("Idempotency-Key", "abc")])
            let second = try await send(
                client, base, .POST, "/v1/customers", form: "name=A", headers: [("Idempotency-Key", "abc")])
            #expect(first.json["id"] as? String == second.json["id"] as? String)
            #expect(second.headers.first(name: "Idempotent-Replayed") == "true")
        }
    }

    @Test func dropAfterCommitClosesTheConnection() async throws {
        try await withServer(.init(faults: EmulatorFaults(dropAfterCommitEvery: 1), seed: 12)) {
            client, base, emulator in
            await #expect(throws: (any Error).self) {
                _ = try await send(
                    client, base, .POST, "/v1/customers", form: "name=A",
                    headers: [("Idempotency-Key", "drop")])
            }
            let replay = try await send(
                client, base, .POST, "/v1/customers", form: "name=A", headers: [("Idempotency-Key", "drop")])
            #expect(replay.status == 200)
            #expect(replay.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(await emulator.statistics.byEndpoint["POST /v1/customers"] == 2)
        }
    }

    /// 200 concurrent list requests, each checked against the page it must return.
    /// Prints requests per second; the figure is informative, not asserted.
    @Test func twoHundredConcurrentListRequests() async throws {
        try await withServer { client, base, emulator in
            for index in 0..<150 {
                try await emulator.seed(
                    "POST", "/v1/products", form: "id=p\(String(format: "%03d", index))&name=P\(index)")
            }
            let clock = ContinuousClock()
            let start = clock.now
            let results = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
                for request in 0..<200 {
                    group.addTask {
                        let limit = request % 100 + 1
                        let offset = request % 50
                        let cursor = String(format: "p%03d", 149 - offset)
                        let answer = try await send(
                            client, base, .GET, "/v1/products",
                            form: "limit=\(limit)&starting_after=\(cursor)")
                        let ids = ((answer.json["data"] as? [[String: Any]]) ?? []).compactMap {
                            $0["id"] as? String
                        }
                        let remaining = 149 - offset
                        let expected = (0..<min(limit, remaining)).map {
                            String(format: "p%03d", 148 - offset - $0)
                        }
                        let hasMore = answer.json["has_more"] as? Bool == (remaining > limit)
                        return (request, answer.status == 200 && ids == expected && hasMore)
                    }
                }
                var results: [(Int, Bool)] = []
                for try await result in group { results.append(result) }
                return results
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            #expect(results.count == 200)
            #expect(results.filter { !$0.1 }.map(\.0) == [])
            print(
                "emulator loopback: 200 concurrent list requests in \(elapsed), \(Int(200 / seconds)) requests/s"
            )
        }
    }
}
