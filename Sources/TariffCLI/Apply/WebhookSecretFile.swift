import Foundation
import TariffStripe

/// `--webhook-secret-out FILE`: the only place a new endpoint's signing secret is written.
///
/// The file is created (or truncated) with mode 0600 before apply starts, so an unwritable path
/// fails before anything is created in Stripe, and the secret never lands in a file others can read.
struct WebhookSecretFile: Sendable {
    let path: String

    /// Creates or truncates the file with mode 0600.
    init(path: String) throws(CLIError) {
        self.path = path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else {
            throw CLIError(
                "apply.webhook-secret-out",
                "cannot create --webhook-secret-out file \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else {
            throw CLIError(
                "apply.webhook-secret-out", "cannot restrict --webhook-secret-out file \(path) to mode 0600")
        }
    }

    /// Writes the secret and a newline, replacing anything there.
    func write(_ secret: StripeSecret) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else {
            throw CLIError(
                "apply.webhook-secret-out", "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let bytes = Array((secret.revealed + "\n").utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw CLIError("apply.webhook-secret-out", "cannot write the secret to \(path)")
        }
    }
}
