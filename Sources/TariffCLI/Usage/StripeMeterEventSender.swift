import TariffStripe
import TariffUsage

/// Apply's sender over the Stripe client: v1 `POST /v1/billing/meter_events` one event at a time,
/// or the v2 stream in batches. The client already retries 429s, 5xx and lost connections with
/// backoff; what still fails is handed back as retryable so the applier can try again later.
struct StripeMeterEventSender: MeterEventSender {
    let client: StripeClient
    let stream: MeterEventStream
    /// The stream's own connection when it lives on another host (Stripe's meter-events host).
    private let streamTransport: AsyncHTTPTransport?

    init(client: StripeClient) {
        self.client = client
        let base = MeterEventStream.baseURL(forAPIBase: client.configuration.baseURL)
        if base == client.configuration.baseURL {
            streamTransport = nil
            stream = MeterEventStream(client: client)
        } else {
            let transport = AsyncHTTPTransport(baseURL: base)
            streamTransport = transport
            stream = MeterEventStream(client: client, transport: transport, baseURL: base)
        }
    }

    /// Closes the stream's own connection, if it made one.
    func shutdown() async {
        try? await streamTransport?.shutdown()
    }

    func send(_ event: MeterEventPayload) async -> MeterEventOutcome {
        do {
            // The identifier doubles as the idempotency key, so a replayed request is a replay.
            switch try await client.createMeterEvent(
                Self.params(event), idempotencyKey: "tariff-usage-\(event.identifier)")
            {
            case .created(_, let requestID): return .delivered(requestID: requestID)
            case .alreadyDelivered(_, let requestID): return .duplicate(requestID: requestID)
            }
        } catch let error as StripeError {
            return Self.outcome(error)
        } catch {
            return .retryable("\(error)")
        }
    }

    func stream(_ events: [MeterEventPayload]) async -> MeterEventOutcome {
        do {
            try await stream.send(events.map(Self.params))
            return .delivered(requestID: nil)
        } catch let error as StripeError {
            return Self.outcome(error)
        } catch {
            return .retryable("\(error)")
        }
    }

    static func params(_ event: MeterEventPayload) -> MeterEventCreateParams {
        MeterEventCreateParams(
            eventName: event.eventName, customer: event.customer, value: Int(event.value),
            identifier: event.identifier, timestamp: Int(event.timestamp), customerKey: event.customerKey,
            valueKey: event.valueKey)
    }

    /// A failed request as the applier classifies it: 4xx refused, the rest worth another try.
    static func outcome(_ error: StripeError) -> MeterEventOutcome {
        switch error.kind {
        case .rateLimited, .server, .connectionFailed, .timedOut, .conflict: .retryable(error.description)
        default: .rejected(error.description)
        }
    }
}
