import Foundation
import Testing
import TariffEmulator
import TariffEngine

@testable import TariffStripe

/// `tariff permissions --for usage`, proven against the emulator's restricted keys: the set is
/// enough for every usage call, and a key without `billing_meter_event_write` gets a 403 naming it.
@Suite("Usage permissions")
struct PermissionsUsageTests {
    static let usagePermissions = try? PermissionsCommandTests.example(.usage).1

    /// An account with a meter and a customer, seeded without a key.
    static func account(granted: [StripePermission]) async throws -> (
        StripeClient, customer: String, meter: String
    ) {
        let (emulator, client) = PermissionsCommandTests.restrictedClient(granted: granted)
        let meter = try await emulator.seed(
            "POST", "/v1/billing/meters",
            form: "event_name=calls&display_name=Calls&default_aggregation[formula]=sum")
        let customer = try await emulator.seed("POST", "/v1/customers", form: "email=a@example.com")
        func id(_ bytes: [UInt8]) -> String {
            ((try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any])?["id"] as? String ?? ""
        }
        return (client, id(customer), id(meter))
    }

    @Test func theUsageSetIsEnoughForEveryUsageCall() async throws {
        let permissions = try #require(Self.usagePermissions)
        #expect(permissions.contains("billing_meter_event_write"))
        #expect(permissions.contains("billing_meter_read"))
        let (client, customer, meter) = try await Self.account(granted: permissions)
        let now = Int(Date().timeIntervalSince1970)
        let hour = now - now % 3600
        _ = try await client.listAllMeters()
        _ = try await client.createMeterEvent(
            MeterEventCreateParams(
                eventName: "calls", customer: customer, value: 3, identifier: "a", timestamp: hour))
        let stream = MeterEventStream(client: client)
        try await stream.send([
            MeterEventCreateParams(
                eventName: "calls", customer: customer, value: 4, identifier: "b", timestamp: hour)
        ])
        let rows = try await client.listAllMeterEventSummaries(
            meter: meter, MeterEventSummaryParams(customer: customer, startTime: hour, endTime: hour + 3600))
        #expect(rows.map(\.value) == [7])
    }

    @Test func aKeyWithoutTheEventPermissionGetsA403NamingIt() async throws {
        let permissions = try #require(Self.usagePermissions).filter { $0 != "billing_meter_event_write" }
        let (client, customer, _) = try await Self.account(granted: permissions)
        for send in [
            {
                _ = try await client.createMeterEvent(
                    MeterEventCreateParams(eventName: "calls", customer: customer, value: 1))
            },
            { _ = try await client.createMeterEventSession() },
        ] as [@Sendable () async throws -> Void] {
            let error = await #expect(throws: StripeError.self) { try await send() }
            #expect(error?.kind == .permissionDenied("billing_meter_event_write"))
        }
    }
}
