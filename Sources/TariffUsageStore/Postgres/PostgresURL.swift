import Foundation

/// A PostgreSQL connection URL, `postgres://user:password@host:port/database?sslmode=…`, parsed
/// without ever showing the password: ``redacted`` is what messages print.
package struct PostgresURL: Sendable, Equatable {
    package enum SSLMode: String, Sendable {
        case disable, prefer, require
    }

    package var host: String
    package var port: Int
    package var username: String
    /// Never printed.
    package var password: String?
    package var database: String?
    package var sslMode: SSLMode

    /// Parses `text`; the error never contains the password.
    package init(_ text: String) throws(UsageStoreError) {
        guard let components = URLComponents(string: text),
            components.scheme == "postgres" || components.scheme == "postgresql"
        else {
            throw UsageStoreError(
                "the PostgreSQL URL is not of the form postgres://user:password@host:5432/database "
                    + "(scheme \(Self.scheme(of: text)))")
        }
        guard let user = components.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty
        else {
            throw UsageStoreError(
                "the PostgreSQL URL names no user: write postgres://USER:PASSWORD@host/database")
        }
        username = user
        password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? nil : path.removingPercentEncoding
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        switch mode {
        case "disable", "allow": sslMode = .disable
        case "prefer": sslMode = .prefer
        case "require", "verify-ca", "verify-full": sslMode = .require
        default:
            throw UsageStoreError(
                "the PostgreSQL URL's sslmode '\(mode)' is not one of disable, prefer, require")
        }
    }

    /// The URL with the password replaced by `***`: safe for messages and logs.
    package var redacted: String {
        let credentials = password == nil ? username : "\(username):***"
        return "postgres://\(credentials)@\(host):\(port)/\(database ?? "")"
    }

    /// The scheme of `text` (before `://`), for the message about a wrong one.
    private static func scheme(of text: String) -> String {
        guard let range = text.range(of: "://") else { return "missing" }
        return "'\(text[..<range.lowerBound].prefix(20))'"
    }
}

/// Reads a secret from where a reference (`env:NAME` or `file:PATH`) points; errors name the
/// reference, never the secret.
package enum SecretReader {
    package static func read(_ reference: String, environment: [String: String]) throws(UsageStoreError)
        -> String
    {
        if reference.hasPrefix("env:") {
            let name = String(reference.dropFirst(4))
            guard let value = environment[name], !value.isEmpty else {
                throw UsageStoreError("\(reference) is not set: export \(name) with the PostgreSQL URL")
            }
            return value
        }
        if reference.hasPrefix("file:") {
            let path = String(reference.dropFirst(5))
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                let first = text.split(whereSeparator: \.isNewline).first, !first.isEmpty
            else {
                throw UsageStoreError(
                    "cannot read the PostgreSQL URL from \(reference): the file is missing or empty")
            }
            return first.trimmingCharacters(in: .whitespaces)
        }
        throw UsageStoreError("a secret reference must be env:NAME or file:PATH, not a value")
    }
}
