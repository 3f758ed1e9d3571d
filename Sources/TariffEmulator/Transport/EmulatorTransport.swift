package import TariffStripe

/// A `StripeTransport` that answers in-process from a `StripeEmulator`, faults included.
///
/// The dropped-connection fault surfaces as `StripeTransportError.connectionFailed` after the
/// write was committed, exactly what a client sees when the network fails after Stripe acted.
package struct EmulatorTransport: StripeTransport {
    package let emulator: StripeEmulator

    package init(emulator: StripeEmulator) {
        self.emulator = emulator
    }

    /// Answers from the emulator, or throws `timedOut` when the (injected) latency exceeds `timeout`.
    package func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse {
        let emulator = self.emulator
        return try await withThrowingTaskGroup(of: StripeEmulator.Outcome.self) { group in
            group.addTask { await emulator.process(request) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw StripeTransportError.timedOut
            }
            defer { group.cancelAll() }
            guard let outcome = try await group.next() else { throw StripeTransportError.timedOut }
            switch outcome {
            case .respond(let response): return response
            case .drop:
                throw StripeTransportError.connectionFailed(
                    "the emulator dropped the connection after committing the write")
            }
        }
    }
}
