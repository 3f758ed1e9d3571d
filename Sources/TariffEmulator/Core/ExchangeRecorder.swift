import Foundation
package import TariffStripe

/// Appends every exchange an emulator answers to a file, one JSON object a line (NDJSON), for the
/// contract check (`scripts/contract/check.py`) that judges them with Stripe's generated types.
///
/// Each line holds the method, path, query, form body, `Stripe-Version`, status and parsed
/// response, and the kind of key (`sk_test`, `rk_test`, …), never the key itself. Lines are
/// written with one `write(2)` to a file opened `O_APPEND`, so emulators in several processes
/// (the CLI tests run `tariff emulator` children) can share one file.
package struct ExchangeRecorder: Sendable {
    /// The environment variable that turns recording on for every emulator of a process.
    package static let environmentVariable = "TARIFF_EMULATOR_RECORD"

    /// The file lines are appended to.
    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// The recorder `TARIFF_EMULATOR_RECORD` asks for, if it is set and not empty.
    package static func fromEnvironment(_ environment: [String: String]) -> ExchangeRecorder? {
        guard let path = environment[environmentVariable], !path.isEmpty else { return nil }
        return ExchangeRecorder(path: path)
    }

    /// Appends one exchange; `dropped` marks a committed write whose answer was never sent.
    package func record(_ request: StripeHTTPRequest, _ response: StripeHTTPResponse, dropped: Bool = false) {
        let line = Self.line(request, response, dropped: dropped)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The NDJSON line for one exchange, newline included.
    static func line(_ request: StripeHTTPRequest, _ response: StripeHTTPResponse, dropped: Bool) -> Data {
        let body = request.method == "POST" ? String(decoding: request.body, as: UTF8.self) : ""
        let answer =
            (try? JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed]))
            ?? String(decoding: response.body, as: UTF8.self)
        let entry: [String: Any] = [
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "body": body,
            "key_kind": keyKind(request.headers["authorization"]),
            "stripe_version": request.headers["stripe-version"] ?? NSNull(),
            "idempotency_key": request.headers["idempotency-key"] != nil,
            "status": response.status,
            "response": answer,
            "dropped": dropped,
        ]
        var data =
            (try? JSONSerialization.data(
                withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }

    /// `sk_test`, `rk_live`, … or `none`: enough to tell the exchanges apart, never the key.
    static func keyKind(_ authorization: String?) -> String {
        guard let authorization else { return "none" }
        for kind in ["sk_test", "sk_live", "rk_test", "rk_live"] where authorization.contains(kind + "_") {
            return kind
        }
        return "other"
    }
}
