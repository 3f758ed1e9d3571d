import Foundation
import Testing
@testable import TariffConfig

/// `schema/tariff.schema.json` allows exactly the keys and enum values the Swift checker does.
@Suite struct JSONSchemaConsistencyTests {
    static func schema() throws -> [String: Any] {
        let url = ConfigTestSupport.repositoryRoot.appendingPathComponent("schema/tariff.schema.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [String: Any])
    }

    /// The JSON object describing `name` (`config` is the root).
    static func definition(_ name: String) throws -> [String: Any] {
        let schema = try schema()
        if name == "config" { return schema }
        let defs = try #require(schema["$defs"] as? [String: Any])
        return try #require(defs[name] as? [String: Any], "no $defs/\(name)")
    }

    @Test func declaresDraft2020_12() throws {
        #expect(try Self.schema()["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test(arguments: SchemaObject.all.map(\.name))
    func propertiesMatchTheSwiftKeyTable(name: String) throws {
        let object = try #require(SchemaObject.all.first { $0.name == name })
        let definition = try Self.definition(name)
        let properties = try #require(definition["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(object.keys))
        #expect(definition["additionalProperties"] as? Bool == false)
        for key in properties.keys {
            let property = try #require(properties[key] as? [String: Any])
            #expect(
                property["description"] != nil || property["$ref"] != nil, "\(name).\(key) has no description"
            )
        }
    }

    @Test func everyDefinitionHasASwiftTable() throws {
        let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
        #expect(Set(defs.keys) == Set(SchemaObject.all.map(\.name)).subtracting(["config"]))
    }

    /// (definition, property, the Swift enum's raw values)
    static let enums: [(String, String, [String])] = [
        ("stripe", "mode", StripeMode.allCases.map(\.rawValue)),
        ("id_mapping", "on_missing", OnMissingID.allCases.map(\.rawValue)),
        ("metric", "aggregate", MetricAggregate.allCases.map(\.rawValue)),
        ("decimal_scaling", "round", MetricRounding.allCases.map(\.rawValue)),
        ("price", "interval", BillingInterval.allCases.map(\.rawValue)),
        ("price", "tax_behavior", TaxBehavior.allCases.map(\.rawValue)),
        ("currency_option", "tax_behavior", TaxBehavior.allCases.map(\.rawValue)),
        ("package", "round", PackageRounding.allCases.map(\.rawValue)),
        ("on_change", "subscribers", SubscriberPolicy.allCases.map(\.rawValue)),
        ("on_change", "proration", ProrationBehavior.allCases.map(\.rawValue)),
        ("grants", "category", CreditCategory.allCases.map(\.rawValue)),
        ("grants", "mechanism", CreditMechanism.allCases.map(\.rawValue)),
        ("usage", "window", UsageWindow.allCases.map(\.rawValue)),
        ("usage_events", "preset", EventPreset.allCases.map(\.rawValue)),
    ]

    @Test(arguments: enums)
    func enumMatchesTheSwiftEnum(definition: String, property: String, values: [String]) throws {
        let properties = try #require(try Self.definition(definition)["properties"] as? [String: Any])
        let schemaProperty = try #require(properties[property] as? [String: Any])
        #expect(schemaProperty["enum"] as? [String] == values)
    }

    @Test func pricingModelsAreExclusiveInTheSchema() throws {
        for name in ["price", "currency_option"] {
            let oneOf = try #require(try Self.definition(name)["oneOf"] as? [[String: Any]])
            let required = oneOf.compactMap { ($0["required"] as? [String])?.first }
            #expect(required == SchemaObject.pricingModels)
        }
    }
}
