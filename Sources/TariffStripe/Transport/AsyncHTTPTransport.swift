import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends Stripe requests over HTTP(S) with async-http-client: to Stripe, or to an emulator on
/// `http://127.0.0.1:PORT`.
///
/// Owns one `HTTPClient` (connection pooling across requests); call `shutdown()` once when done,
/// before the transport is released.
package final class AsyncHTTPTransport: StripeTransport {
    /// `https://api.stripe.com` or an emulator's base URL, without a trailing slash.
    package let baseURL: String
    private let client: HTTPClient
    private let maxResponseBytes: Int

    /// - Parameters:
    ///   - baseURL: scheme, host and optional port; a trailing slash is ignored.
    ///   - maxResponseBytes: the largest body accepted (a 100-object page of prices is well under 1 MB).
    package init(baseURL: String, maxResponseBytes: Int = 16 * 1024 * 1024) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.maxResponseBytes = maxResponseBytes
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(10))
        // The client has its own retry policy; without this, a refused connection would be retried
        // inside the pool until the connect timeout, and `--api-base` typos would take 10 s to report.
        configuration.connectionPool.retryConnectionEstablishment = false
        self.client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// A transport for the configuration's base URL, so the client's messages and the requests
    /// cannot point at different servers.
    package convenience init(configuration: StripeClientConfiguration) {
        self.init(baseURL: configuration.baseURL)
    }

    /// Closes the pooled connections. Required before the transport goes away.
    package func shutdown() async throws {
        try await client.shutdown()
    }

    package func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse {
        let url =
            baseURL + Self.strictlyEncoded(request.path)
            + (request.query.isEmpty ? "" : "?" + Self.strictlyEncoded(request.query))
        var outgoing = HTTPClientRequest(url: url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        if !request.body.isEmpty {
            outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: Self.timeAmount(timeout))
            let body = try await response.body.collect(upTo: maxResponseBytes)
            var headers: [String: String] = [:]
            for header in response.headers {
                headers[header.name.lowercased()] = header.value
            }
            return StripeHTTPResponse(
                status: Int(response.status.code), headers: headers, body: Array(body.readableBytesView))
        } catch let error as HTTPClientError
            where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout
        {
            throw StripeTransportError.timedOut
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw StripeTransportError.connectionFailed(Self.reason(for: error))
        }
    }

    /// Encodes the brackets that Stripe's form keys keep readable (`expand[]`).
    ///
    /// Foundation's `URL(string:)`, which async-http-client parses with, treats a bracket in a query
    /// as invalid and then re-encodes the whole query, turning every `%20` into `%2520`. With the
    /// brackets encoded the URL is valid as written, and Stripe decodes `%5B%5D` like `[]`.
    static func strictlyEncoded(_ text: String) -> String {
        text.replacingOccurrences(of: "[", with: "%5B").replacingOccurrences(of: "]", with: "%5D")
    }

    /// A short, key-free text for a connection failure (the request and its headers are never part of it).
    private static func reason(for error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") {
            return "connection refused"
        }
        if text.contains("remoteConnectionClosed") {
            return "the connection was closed before a response arrived"
        }
        return text
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
