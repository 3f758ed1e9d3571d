package import TariffUsage
import Logging
import NIOSSL
import PostgresNIO

/// The user's own PostgreSQL table of events (`usage.source.postgres`): compiled PostgreSQL
/// queries run there through postgres-nio, and their rows come back as ``UsageTotal``s.
package struct PostgresEventSource: Sendable {
    package let url: PostgresURL

    package init(url: PostgresURL) {
        self.url = url
    }

    /// Connects, runs `sql` (columns `meter, company, window_start, value`), and disconnects.
    /// Errors name the redacted URL, never the password.
    package func totals(sql: String) async throws(UsageStoreError) -> [UsageTotal] {
        try await withConnection { connection in
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger)
            var totals: [UsageTotal] = []
            for try await (meter, company, windowStart, value) in rows.decode(
                (String, String, Int64, Int64).self)
            {
                totals.append(
                    UsageTotal(meter: meter, company: company, windowStart: windowStart, value: value))
            }
            return totals
        }
    }

    /// Runs statements that return no rows (the integration tests create their table so).
    package func execute(_ statements: [String]) async throws(UsageStoreError) {
        try await withConnection { connection in
            for statement in statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger)
            }
        }
    }

    private static let logger = Logger(
        label: "tariff.usage.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    private func withConnection<T: Sendable>(
        _ body: (PostgresConnection) async throws -> T
    ) async throws(UsageStoreError) -> T {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: try configuration(), id: 1, logger: Self.logger)
        } catch {
            throw UsageStoreError(
                "cannot connect to PostgreSQL at \(url.redacted): \(Self.describe(error)); check the server "
                    + "runs and the URL's user, password and database")
        }
        do {
            let value = try await body(connection)
            try? await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw UsageStoreError("PostgreSQL at \(url.redacted) failed the query: \(Self.describe(error))")
        }
    }

    private func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch url.sslMode {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password,
            database: url.database, tls: tls)
    }

    /// A server error's message (`PSQLError` hides it from `description`), else the error.
    private static func describe(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            return "\(psql.code)"
        }
        return "\(error)"
    }
}
