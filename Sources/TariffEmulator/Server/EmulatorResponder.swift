import HTTPTypes
import Hummingbird
import NIOCore
import TariffStripe

/// The request context of the emulator's server: Hummingbird's core plus the connection,
/// which the dropped-connection fault closes.
struct EmulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }
}

/// Translates HTTP requests into `StripeEmulator.process` calls and its answers back.
struct EmulatorResponder: HTTPResponder {
    typealias Context = EmulatorRequestContext

    /// Raised after the connection was closed on purpose, so Hummingbird writes nothing.
    struct DroppedConnection: Error {}

    let emulator: StripeEmulator

    /// Collects the body, keeps the raw path and query (ids stay percent-encoded), and answers.
    func respond(to request: Request, context: Context) async throws -> Response {
        let body = try await request.body.collect(upTo: 8 << 20)
        let target = request.head.path ?? "/"
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers: [String: String] = [:]
        for field in request.headers {
            headers[field.name.canonicalName] = field.value
        }
        let stripeRequest = StripeHTTPRequest(
            method: request.method.rawValue,
            path: parts.first.map(String.init) ?? "/",
            query: parts.count > 1 ? String(parts[1]) : "",
            headers: headers,
            body: Array(buffer: body))
        switch await emulator.process(stripeRequest) {
        case .drop:
            try? await context.channel.close()
            throw DroppedConnection()
        case .respond(let answer):
            var fields = HTTPFields()
            for (name, value) in answer.headers.sorted(by: { $0.key < $1.key }) {
                if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
            }
            return Response(
                status: HTTPResponse.Status(code: answer.status),
                headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
    }
}
