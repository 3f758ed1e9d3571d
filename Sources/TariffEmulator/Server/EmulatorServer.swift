package import Foundation
import Hummingbird
import Logging
import NIOCore

/// Serves a `StripeEmulator` over HTTP on 127.0.0.1 with Hummingbird.
///
/// Binds loopback only: the emulator accepts any well-formed test key, so it must never be
/// reachable from another machine.
package actor EmulatorServer {
    /// Why the server could not start.
    package struct StartError: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    package let emulator: StripeEmulator
    private var task: Task<Void, any Error>?
    private var port: Int?

    package init(emulator: StripeEmulator) {
        self.emulator = emulator
    }

    /// The base URL clients should use, e.g. `http://127.0.0.1:12111`, once started.
    package var baseURL: URL? {
        port.flatMap { URL(string: "http://127.0.0.1:\($0)") }
    }

    /// Starts listening and returns the bound port (pass 0 for an ephemeral one).
    @discardableResult
    package func start(port requested: Int = 0) async throws -> Int {
        if let port { return port }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "tariff.emulator")
        logger.logLevel = .critical
        let app = Application(
            responder: EmulatorResponder(emulator: emulator),
            configuration: ApplicationConfiguration(
                address: .hostname("127.0.0.1", port: requested), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        let task = Task {
            defer { continuation.finish() }
            try await app.run()
        }
        for await bound in ports where bound > 0 {
            self.task = task
            self.port = bound
            return bound
        }
        task.cancel()
        do {
            try await task.value
        } catch {
            throw StartError(description: "could not listen on 127.0.0.1:\(requested): \(error)")
        }
        throw StartError(description: "could not listen on 127.0.0.1:\(requested)")
    }

    /// Stops listening and waits for the server to shut down.
    package func stop() async {
        guard let task else { return }
        task.cancel()
        _ = try? await task.value
        self.task = nil
        self.port = nil
    }

    /// Serves until the surrounding task is cancelled (e.g. by SIGINT in the CLI).
    package func waitUntilStopped() async {
        _ = try? await task?.value
    }
}
