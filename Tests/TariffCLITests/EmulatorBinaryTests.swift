import AsyncHTTPClient
import Foundation
import Testing

/// Runs the real `tariff` binary: `tariff emulator --port 0` prints its URL, answers, and
/// stops cleanly on SIGTERM.
@Suite("tariff emulator binary")
struct EmulatorBinaryTests {
    /// The `tariff` executable next to the test bundle in the build directory.
    private var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "tariff")
    }

    @Test func printsItsURLServesAndStopsOnSIGTERM() async throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: binary.path), "build the tariff product first")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["emulator", "--port", "0", "--seed", "1"]
        process.environment = ["TARIFF_EMULATOR_FAULTS": "latency-ms=1"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let banner = try await Self.readUntil(
            "Press Ctrl-C", from: output.fileHandleForReading, timeout: .seconds(60))
        let base = try #require(
            banner.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        #expect(banner.hasPrefix("Stripe emulator listening on http://127.0.0.1:"))
        #expect(banner.contains("export TARIFF_STRIPE_API_BASE=\(base)"))
        #expect(banner.contains("latency"))

        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        var request = HTTPClientRequest(url: base + "/v1/account")
        request.headers.add(name: "Authorization", value: "Bearer sk_test_binary")
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        try await client.shutdown()
        #expect(response.status.code == 200)
        #expect(String(buffer: body).contains("\"object\": \"account\""))

        process.terminate()
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while process.isRunning, clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
    }

    /// Reads from `handle` until `marker` appears, or throws after `timeout`.
    private static func readUntil(_ marker: String, from handle: FileHandle, timeout: Duration) async throws
        -> String
    {
        let text = Locked("")
        handle.readabilityHandler = { handle in
            let chunk = String(decoding: handle.availableData, as: UTF8.self)
            text.update { $0 += chunk }
        }
        defer { handle.readabilityHandler = nil }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !text.value.contains(marker) {
            guard clock.now < deadline else { throw CancellationError() }
            try await Task.sleep(for: .milliseconds(20))
        }
        return text.value
    }
}

/// A value behind a lock, for the pipe's reading callback.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
