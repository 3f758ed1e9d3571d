public import TariffDiagnostics
public import TariffEngine

/// A live object Tariff lists and never changes.
public struct UnmanagedV1: Sendable, Hashable, Encodable {
    public var resource: String
    public var id: String
    public var label: String
    public var naturalKey: String?
    /// `no_marker` or `other_namespace`.
    public var reason: String
    /// The declared entry whose natural key the object holds.
    public var conflictsWith: String?
    public var active: Bool

    enum CodingKeys: String, CodingKey {
        case resource, id, label, reason, active
        case naturalKey = "natural_key"
        case conflictsWith = "conflicts_with"
    }

    public init(_ object: UnmanagedObject) {
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
public struct HistoryV1: Sendable, Hashable, Encodable {
    public var resource: String
    public var id: String
    public var address: String
    public var label: String
    /// Unix seconds.
    public var created: Int

    public init(_ object: HistoricalObject) {
        resource = object.resource.rawValue
        id = object.id
        address = object.address.path
        label = object.label
        created = object.created
    }

}

/// A finding of the id-mapping audit.
public struct AuditFindingV1: Sendable, Hashable, Encodable {
    /// `missing_company_id` or `duplicate_company_id`.
    public var kind: String
    public var severity: String
    public var customers: [String]
    public var companyID: String?
    public var field: String
    public var message: String
    public var location: LocationV1?

    enum CodingKeys: String, CodingKey {
        case kind, severity, customers, field, message, location
        case companyID = "company_id"
    }

    public init(_ finding: AuditFinding) {
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
public struct PlanDiagnosticV1: Sendable, Hashable, Encodable {
    /// A located note of a diagnostic ("protected here").
    public struct NoteV1: Sendable, Hashable, Encodable {
        public var message: String
        public var location: LocationV1?
    }

    public var severity: String
    public var code: String
    public var message: String
    public var location: LocationV1?
    public var notes: [NoteV1]
    public var fixIt: String?

    enum CodingKeys: String, CodingKey {
        case severity, code, message, location, notes
        case fixIt = "fix_it"
    }

    public init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code
        message = diagnostic.message
        location = diagnostic.range.locationV1
        notes = diagnostic.notes.map { NoteV1(message: $0.message, location: $0.range.locationV1) }
        fixIt = diagnostic.fixIt
    }

}

/// The digest of one live object as read, so `apply --plan` can tell whether it changed since.
public struct FingerprintV1: Sendable, Hashable, Encodable {
    public var resource: String
    public var id: String
    /// SHA-256 (hex) of the object's canonical fields.
    public var sha256: String

    public init(_ fingerprint: ObjectFingerprint) {
        resource = fingerprint.resource.rawValue
        id = fingerprint.id
        sha256 = fingerprint.digest
    }

}
