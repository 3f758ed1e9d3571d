public import TariffDiagnostics

/// A problem the id-mapping audit found among customers subscribed to managed prices.
public struct AuditFinding: Sendable, Hashable {
    public var kind: AuditFindingKind
    /// `warning` or `error` (`id_mapping.on_missing` for a missing id; always a warning for a
    /// duplicate).
    public var severity: Severity
    /// The customers concerned: one for a missing id, two or more for a duplicate.
    public var customerIDs: [String]
    /// The shared company id of a duplicate; `nil` for a missing one.
    public var companyID: String?
    /// The mapped field (`customer.metadata.company_id`).
    public var field: String
    public var message: String
    /// The `id_mapping.company_id` entry in the YAML.
    public var range: SourceRange?

    public init(
        kind: AuditFindingKind, severity: Severity, customerIDs: [String], companyID: String? = nil,
        field: String, message: String, range: SourceRange? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.customerIDs = customerIDs
        self.companyID = companyID
        self.field = field
        self.message = message
        self.range = range
    }
}

/// The audit's two checks.
public enum AuditFindingKind: String, Sendable, Hashable, CaseIterable {
    /// A subscribed customer lacks the mapped company id.
    case missingCompanyID = "missing_company_id"
    /// Two or more customers map to the same company id.
    case duplicateCompanyID = "duplicate_company_id"
}

/// A digest of one live object as read, so `apply --plan` can tell whether it changed since.
public struct ObjectFingerprint: Sendable, Hashable, Comparable {
    public var resource: ResourceKind
    public var id: String
    /// SHA-256 (hex) of the object's canonical fields.
    public var digest: String

    public init(resource: ResourceKind, id: String, digest: String) {
        self.resource = resource
        self.id = id
        self.digest = digest
    }

    public static func < (lhs: ObjectFingerprint, rhs: ObjectFingerprint) -> Bool {
        (lhs.resource.rawValue, lhs.id) < (rhs.resource.rawValue, rhs.id)
    }
}

/// Counts of actions per kind.
public struct PlanSummary: Sendable, Hashable {
    public var counts: [ActionKind: Int]

    public init(actions: [PlanAction]) {
        counts = Dictionary(grouping: actions, by: \.kind).mapValues(\.count)
    }

    /// How many actions of `kind` (0 when none).
    public func count(_ kind: ActionKind) -> Int { counts[kind] ?? 0 }

    /// Whether anything would be replaced, archived or migrated (the markdown banner).
    public var isDestructive: Bool {
        count(.replace) + count(.archive) + count(.migrate) > 0
    }
}
