import Foundation

extension TariffBinary {
    /// Runs the binary on a Dispatch thread, not on the cooperative pool: the loopback emulator in
    /// this process answers on that pool, and a test blocking it while waiting for the child would
    /// starve the server the child is talking to.
    static func runOffPool(_ arguments: [String], environment: [String: String] = [:]) async throws
        -> TariffBinary.Result
    {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Swift.Result { try TariffBinary.run(arguments, environment: environment) })
            }
        }
    }
}
