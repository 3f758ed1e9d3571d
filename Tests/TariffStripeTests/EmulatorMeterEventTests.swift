import Foundation
import Testing
import TariffEmulator

@testable import TariffStripe

/// The usage client against the emulator, in-process and over loopback, under the faults of the
/// apply tests (429 every 3rd request, 500 every 11th, the connection dropped after every 5th
/// committed write): every window is counted exactly once, re-sends change nothing, and a
/// correction to a pre-aggregated window replaces its total.
@Suite("Meter events against the emulator, under faults")
struct EmulatorMeterEventTests {
    /// 2026-12-04T00:00:00Z.
    static let now = 1_796_342_400
    static let start = now - 200 * 3600

    static func id(_ bytes: [UInt8]) -> String {
        ((try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any])?["id"] as? String ?? ""
    }

    /// One event per hour for `customer`, valued hour + 1 (+ `offset`).
    static func events(_ customer: String, hours: Int, offset: Int = 0, tag: String)
        -> [MeterEventCreateParams]
    {
        (0..<hours).map { hour in
            MeterEventCreateParams(
                eventName: "calls", customer: customer, value: hour + 1 + offset,
                identifier: "\(tag):\(customer):\(hour)", timestamp: start + hour * 3600 + 30)
        }
    }

    /// The hourly totals Stripe holds for `customer`, oldest first.
    static func hourly(_ client: StripeClient, meter: String, customer: String) async throws -> [Int] {
        let rows = try await client.listAllMeterEventSummaries(
            meter: meter,
            MeterEventSummaryParams(customer: customer, startTime: start, endTime: now, groupingWindow: .hour)
        )
        return rows.reversed().map(\.value)
    }

    @Test(arguments: EmulatorRoute.allCases)
    func everyWindowCountsExactlyOnce(route: EmulatorRoute) async throws {
        let configuration = StripeEmulator.Configuration(
            faults: EmulatorFaults(rateLimitEvery: 3, serverErrorEvery: 11, dropAfterCommitEvery: 5), seed: 5,
            usage: EmulatorUsageSettings(clock: EmulatorClock(frozen: Self.now)))
        try await withEmulatorClient(route, configuration: configuration, maxRetries: 6) { client, emulator in
            let meter = Self.id(
                try await emulator.seed(
                    "POST", "/v1/billing/meters",
                    form:
                        "event_name=calls&display_name=Calls&default_aggregation[formula]=sum&event_time_window=hour"
                ))
            var customers: [String] = []
            for index in 0..<3 {
                customers.append(
                    Self.id(try await emulator.seed("POST", "/v1/customers", form: "email=c\(index)@x.io")))
            }
            let direct = Self.events(customers[0], hours: 24, tag: "v1")
            for event in direct {
                guard case .created(_, let requestID) = try await client.createMeterEvent(event) else {
                    Issue.record("first send of \(event.identifier ?? "") was not created")
                    return
                }
                // The usage ledger records it beside the window.
                #expect(requestID?.hasPrefix("req_") == true)
            }
            let streamed =
                Self.events(customers[1], hours: 125, tag: "s")
                + Self.events(customers[2], hours: 125, tag: "s")
            let stream = MeterEventStream(client: client)
            #expect(try await stream.send(streamed) == 3)

            #expect(try await Self.hourly(client, meter: meter, customer: customers[0]) == Array(1...24))
            #expect(try await Self.hourly(client, meter: meter, customer: customers[1]) == Array(1...125))
            #expect(try await Self.hourly(client, meter: meter, customer: customers[2]) == Array(1...125))

            // A second run sends the same identifiers: delivered, nothing counted twice.
            for event in direct {
                let again = try await client.createMeterEvent(event)
                guard case .alreadyDelivered(let identifier, let requestID) = again else {
                    Issue.record("a re-send of \(event.identifier ?? "") was \(again)")
                    return
                }
                #expect(identifier == event.identifier)
                #expect(requestID?.hasPrefix("req_") == true)
            }
            try await stream.send(streamed)
            #expect(try await Self.hourly(client, meter: meter, customer: customers[1]) == Array(1...125))
            // A correction under a new identifier replaces the window's total.
            try await stream.send(Self.events(customers[1], hours: 2, offset: 100, tag: "fix"))
            #expect(
                try await Self.hourly(client, meter: meter, customer: customers[1]).prefix(3) == [
                    101, 102, 3,
                ])
            #expect(try await Self.hourly(client, meter: meter, customer: customers[0]) == Array(1...24))
            // The faults did fire: the totals above survived retried 429s, 500s and dropped writes.
            #expect(client.requestCounts.retries >= 10)
        }
    }
}
