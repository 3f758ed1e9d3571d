import Foundation
import Testing
import TariffEngine
import TariffRender

/// The JSON plan: encode-only; its saved header reads back the context, fingerprints and action
/// keys and refuses what it does not know; amounts stay exact; no secret.
struct PlanDocumentV1Tests {
    @Test(arguments: PlanFixtures.all.map(\.name))
    func savedHeaderReadsContextFingerprintsAndActionKeys(scenario: String) throws {
        let plan = try RendererGoldenTests.plan(scenario)
        let data = try PlanDocumentV1(plan).jsonData()
        let saved = try SavedPlanHeaderV1.decode(from: data).savedPlan()
        var expected = SavedPlan(plan)
        expected.fingerprints.sort()
        #expect(saved == expected)
    }

    @Test(arguments: [
        (PlanValue.integer(1), "1"), (.string("1"), #""1""#), (.bool(true), "true"),
        (.string("true"), #""true""#), (.strings(["invoice.paid"]), #"["invoice.paid"]"#),
    ])
    func valuesKeepTheirJSONType(value: PlanValue, json: String) throws {
        let data = try JSONEncoder().encode([ValueV1(value)])
        #expect(String(decoding: data, as: UTF8.self) == "[\(json)]")
    }

    @Test func summaryCountsEveryKindAndTheMigratedSubscriptions() throws {
        let document = PlanDocumentV1(PlanFixtures.updateAndReplace)
        #expect(document.formatVersion == "2")
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
        (#""format_version" : "2""#, #""format_version" : "3""#, "format_version"),
        (#""kind" : "replace""#, #""kind" : "destroy""#, "actions[].kind"),
        (#""mode" : "test""#, #""mode" : "sandbox""#, "mode"),
    ])
    func savedHeaderRefusesUnknownValues(original: String, replacement: String, field: String) throws {
        let text = String(
            decoding: try PlanDocumentV1(PlanFixtures.updateAndReplace).jsonData(), as: UTF8.self)
        #expect(text.contains(original))
        let edited = text.replacingOccurrences(of: original, with: replacement)
        let header = try SavedPlanHeaderV1.decode(from: Data(edited.utf8))
        #expect(throws: PlanDocumentError.self) { try header.savedPlan() }
        do {
            _ = try header.savedPlan()
        } catch let error as PlanDocumentError {
            #expect(error.field == field)
        }
    }
}

/// A plan the real engine produced (`tariff plan --emulator --format json examples/api-business`,
/// saved as a fixture): its header is all `apply --plan` reads of it.
struct EnginePlanDocumentTests {
    @Test func readsTheHeaderOfTheEnginesPlan() throws {
        let url = Golden.directory.appendingPathComponent("engine-api-business.input.json")
        let saved = try SavedPlanHeaderV1.decode(from: try Data(contentsOf: url)).savedPlan()
        #expect(saved.actions.count == 14)
        #expect(saved.actions.filter { $0.kind == .create }.count == 12)
        #expect(saved.context.mode == .test)
    }
}
