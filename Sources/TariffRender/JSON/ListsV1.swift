package import TariffDiagnostics
package import TariffEngine

/// A live object Tariff lists and never changes.
package struct UnmanagedV1: Sendable, Hashable, Encodable {
    package var resource: String
    package var id: String
    package var label: String
    package var naturalKey: String?
    /// `no_marker` or `other_namespace`.
    package var reason: String
    /// The declared entry whose natural key the object holds.
    package var conflictsWith: String?
    package var active: Bool

    enum CodingKeys: String, CodingKey {
        case resource, id, label, reason, active
        case naturalKey = "natural_key"
        case conflictsWith = "conflicts_with"
    }

    package init(_ object: UnmanagedObject) {
        resource = object.resource.rawValue
        id = object.id
        label = object.label
        naturalKey = object.naturalKey
        reason = object.reason.rawValue
        conflictsWith = object.conflictsWith?.path
        active = object.active
    }

}

/// An archived previous version of a managed price.
package struct HistoryV1: Sendable, Hashable, Encodable {
    package var resource: String
    package var id: String
    package var address: String
    package var label: String
    /// Unix seconds.
    package var created: Int

    package init(_ object: HistoricalObject) {
        resource = object.resource.rawValue
        id = object.id
        address = object.address.path
        label = object.label
        created = object.created
    }

}

/// A finding of the id-mapping audit.
package struct AuditFindingV1: Sendable, Hashable, Encodable {
    /// `missing_company_id` or `duplicate_company_id`.
    package var kind: String
    package var severity: String
    package var customers: [String]
    package var companyID: String?
    package var field: String
    package var message: String
    package var location: LocationV1?

    enum CodingKeys: String, CodingKey {
        case kind, severity, customers, field, message, location
        case companyID = "company_id"
    }

    package init(_ finding: AuditFinding) {
        kind = finding.kind.rawValue
        severity = finding.severity.rawValue
        customers = finding.customerIDs
        companyID = finding.companyID
        field = finding.field
        message = finding.message
        location = finding.range.locationV1
    }

}

/// A problem found while planning, with its stable code and YAML location.
package struct PlanDiagnosticV1: Sendable, Hashable, Encodable {
    /// A located note of a diagnostic ("protected here").
    package struct NoteV1: Sendable, Hashable, Encodable {
        package var message: String
        package var location: LocationV1?
    }

    package var severity: String
    package var code: String
    package var message: String
    package var location: LocationV1?
    package var notes: [NoteV1]
    package var fixIt: String?

    enum CodingKeys: String, CodingKey {
        case severity, code, message, location, notes
        case fixIt = "fix_it"
    }

    package init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code
        message = diagnostic.message
        location = diagnostic.range.locationV1
        notes = diagnostic.notes.map { NoteV1(message: $0.message, location: $0.range.locationV1) }
        fixIt = diagnostic.fixIt
    }

}

/// The digest of one live object as read, so `apply --plan` can tell whether it changed since.
package struct FingerprintV1: Sendable, Hashable, Encodable {
    package var resource: String
    package var id: String
    /// SHA-256 (hex) of the object's canonical fields.
    package var sha256: String

    package init(_ fingerprint: ObjectFingerprint) {
        resource = fingerprint.resource.rawValue
        id = fingerprint.id
        sha256 = fingerprint.digest
    }

}
