package import Foundation
package import TariffEngine

/// The part of a saved JSON plan that `apply --plan` reads: what the plan was made against, the
/// fingerprints of what it read, and which actions it proposed. Apply plans again and compares
/// (``PlanStaleness``); nothing else of the document is ever decoded.
package struct SavedPlanHeaderV1: Sendable, Hashable, Decodable {
    package var formatVersion: String
    package var account: String
    package var mode: String
    package var apiVersion: String?
    package var namespace: String?
    package var configDigest: String
    package var prune: Bool
    package var fingerprints: [Fingerprint]
    package var actions: [ActionKey]

    /// One `fingerprints[]` entry.
    package struct Fingerprint: Sendable, Hashable, Decodable {
        package var resource: String
        package var id: String
        package var digest: String

        enum CodingKeys: String, CodingKey {
            case resource, id
            case digest = "sha256"
        }
    }

    /// The `kind` and `address` of one `actions[]` entry.
    package struct ActionKey: Sendable, Hashable, Decodable {
        package var kind: String
        package var address: String
    }

    enum CodingKeys: String, CodingKey {
        case account, mode, namespace, prune, fingerprints, actions
        case formatVersion = "format_version"
        case apiVersion = "api_version"
        case configDigest = "config_digest"
    }

    /// Reads the header of a document written by ``PlanDocumentV1/jsonData()``.
    package static func decode(from data: Data) throws -> SavedPlanHeaderV1 {
        try JSONDecoder().decode(SavedPlanHeaderV1.self, from: data)
    }

    /// The engine's saved plan.
    ///
    /// - Throws: ``PlanDocumentError`` for a `format_version` other than the one this build
    ///   writes, or a mode, resource or action kind it does not know.
    package func savedPlan() throws -> SavedPlan {
        guard formatVersion == PlanDocumentV1.currentFormatVersion else {
            throw PlanDocumentError(field: "format_version", value: formatVersion)
        }
        let context = PlanContext(
            accountID: account, mode: try PlanDocumentError.decode(PlanMode.self, mode, field: "mode"),
            apiVersion: apiVersion, namespace: namespace, configDigest: configDigest, prune: prune)
        return SavedPlan(
            context: context,
            fingerprints: try fingerprints.map {
                ObjectFingerprint(
                    resource: try PlanDocumentError.decode(
                        ResourceKind.self, $0.resource, field: "fingerprints[].resource"),
                    id: $0.id, digest: $0.digest)
            },
            actions: try actions.map {
                SavedPlan.ActionKey(
                    kind: try PlanDocumentError.decode(ActionKind.self, $0.kind, field: "actions[].kind"),
                    address: ResourceAddress($0.address))
            })
    }
}

/// Why a saved plan's header could not be read: a value this version does not know.
package struct PlanDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON key holding the value (`actions[].kind`).
    package var field: String
    package var value: String

    package init(field: String, value: String) {
        self.field = field
        self.value = value
    }

    package var description: String {
        "the plan file's \(field) is '\(value)', which this version of Tariff does not know"
    }

    /// Looks `raw` up in a `RawRepresentable` enum, throwing a located error when it is unknown.
    static func decode<Value: RawRepresentable>(
        _ type: Value.Type, _ raw: String, field: String
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else { throw PlanDocumentError(field: field, value: raw) }
        return value
    }
}
