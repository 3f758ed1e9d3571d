import Foundation
import Testing
import TariffEngine
import TariffRender

/// The JSON plan: it decodes back into the same plan, keeps amounts exact, holds no secret, and
/// refuses what it does not know.
struct PlanDocumentV1Tests {
    @Test(arguments: PlanFixtures.all.map(\.name))
    func roundTripsEveryScenario(scenario: String) throws {
        let plan = try RendererGoldenTests.plan(scenario)
        let data = try PlanDocumentV1(plan).jsonData()
        let decoded = try PlanDocumentV1.decode(from: data)
        #expect(decoded == PlanDocumentV1(plan))
        #expect(try decoded.plan() == plan)
    }

    @Test(arguments: [
        PlanValue.integer(0), .integer(1), .bool(true), .bool(false), .string("1"), .string("true"),
        .strings([]), .strings(["invoice.paid"]),
        .amount(PlanAmount(minorUnits: 1, currency: "jpy", basis: .package(size: 1))),
        .amount(
            PlanAmount(minorUnits: Decimal(string: "0.000000000001") ?? 0, currency: "usd", basis: .unit)),
        .amount(PlanAmount(minorUnits: 25000, currency: "usd", basis: .period(interval: nil, count: 1))),
        .tiers(
            PlanTiers(
                mode: "volume", currency: "kwd", tiers: [PlanTier(upTo: nil, unitAmount: nil, flatAmount: 5)])
        ),
    ])
    func valuesKeepTheirJSONType(value: PlanValue) throws {
        let data = try JSONEncoder().encode(ValueV1(value))
        #expect(try JSONDecoder().decode(ValueV1.self, from: data).planValue() == value)
    }

    @Test func summaryCountsEveryKindAndTheMigratedSubscriptions() throws {
        let document = PlanDocumentV1(PlanFixtures.updateAndReplace)
        #expect(document.formatVersion == "1")
        #expect(document.summary.create == 0)
        #expect(document.summary.update == 1)
        #expect(document.summary.replace == 3)
        #expect(document.summary.migrate == 2)
        #expect(document.summary.subscriptionsToMigrate == 47)
        #expect(document.summary.destructive)
        #expect(PlanDocumentV1(PlanFixtures.empty).summary.destructive == false)
    }

    @Test func actionsCarryKindResourceAddressAndSubscribers() throws {
        let document = PlanDocumentV1(PlanFixtures.updateAndReplace)
        let platform = try #require(
            document.actions.first { $0.address == "products.search_api.prices.platform_fee" })
        #expect(platform.kind == "replace")
        #expect(platform.resource == "price")
        #expect(platform.forcesReplacement == ["unit_amount"])
        #expect(platform.subscribers?.byStatus == ["active": 40, "past_due": 2])
        #expect(platform.subscribers?.policy == "migrate_at_period_end")
        #expect(platform.location?.line == 43)
        #expect(
            platform.before["unit_amount"]
                == .amount(
                    AmountV1(
                        PlanAmount(
                            minorUnits: 4900, currency: "usd", basis: .period(interval: "month", count: 1)))))
        let migrate = try #require(document.actions.first { $0.kind == "migrate" })
        #expect(migrate.resource == "subscription")
        #expect(migrate.migration?.items.count == 42)
    }

    @Test func amountsStayExactAsDecimalStrings() throws {
        let text = String(decoding: try PlanDocumentV1(PlanFixtures.creates).jsonData(), as: UTF8.self)
        #expect(text.contains(#""minor_units" : "0.2""#))
        #expect(text.contains(#""unit_amount" : "0.2""#))
        #expect(!text.contains("0.20000000"))
    }

    @Test func holdsNoSecret() throws {
        for (name, plan) in PlanFixtures.all {
            let text = String(decoding: try PlanDocumentV1(plan).jsonData(), as: UTF8.self)
            for marker in ["sk_test_", "sk_live_", "rk_test_", "rk_live_", "whsec_", "api_key"] {
                #expect(!text.contains(marker), "\(name) contains \(marker)")
            }
        }
    }

    @Test(arguments: [
        (#""format_version" : "1""#, #""format_version" : "2""#, "format_version"),
        (#""kind" : "replace""#, #""kind" : "destroy""#, "actions[].kind"),
        (#""mode" : "test""#, #""mode" : "sandbox""#, "mode"),
        (#""minor_units" : "4900""#, #""minor_units" : "49e2""#, "minor_units"),
    ])
    func refusesUnknownValues(original: String, replacement: String, field: String) throws {
        let text = String(
            decoding: try PlanDocumentV1(PlanFixtures.updateAndReplace).jsonData(), as: UTF8.self)
        #expect(text.contains(original))
        let edited = text.replacingOccurrences(of: original, with: replacement)
        let document = try PlanDocumentV1.decode(from: Data(edited.utf8))
        #expect(throws: PlanDocumentError.self) { try document.plan() }
        do {
            _ = try document.plan()
        } catch let error as PlanDocumentError {
            #expect(error.field == field)
        }
    }
}

/// A plan the real engine produced (`tariff plan --emulator --format json examples/api-business`,
/// saved as a fixture): the V1 types read every key of it and write it back byte for byte.
struct EnginePlanDocumentTests {
    @Test func decodesAndReencodesTheEnginesPlanUnchanged() throws {
        let url = Golden.directory.appendingPathComponent("engine-api-business.input.json")
        let original = try Data(contentsOf: url)
        let plan = try PlanDocumentV1.decode(from: original).plan()
        #expect(plan.actions.count == 14)
        #expect(plan.summary.count(.create) == 12)
        let reencoded = try PlanDocumentV1(plan).jsonData()
        #expect(String(decoding: reencoded, as: UTF8.self) == String(decoding: original, as: UTF8.self))
    }
}
