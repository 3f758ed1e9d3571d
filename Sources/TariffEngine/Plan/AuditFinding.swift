package import TariffDiagnostics

/// A problem the id-mapping audit found among customers subscribed to managed prices.
package struct AuditFinding: Sendable, Hashable {
    package var kind: AuditFindingKind
    /// `warning` or `error` (`id_mapping.on_missing` for a missing id; always a warning for a
    /// duplicate).
    package var severity: Severity
    /// The customers concerned: one for a missing id, two or more for a duplicate.
    package var customerIDs: [String]
    /// The shared company id of a duplicate; `nil` for a missing one.
    package var companyID: String?
    /// The mapped field (`customer.metadata.company_id`).
    package var field: String
    package var message: String
    /// The `id_mapping.company_id` entry in the YAML.
    package var range: SourceRange?

    package init(
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
package enum AuditFindingKind: String, Sendable, Hashable, CaseIterable {
    /// A subscribed customer lacks the mapped company id.
    case missingCompanyID = "missing_company_id"
    /// Two or more customers map to the same company id.
    case duplicateCompanyID = "duplicate_company_id"
}

/// A digest of one live object as read, so `apply --plan` can tell whether it changed since.
package struct ObjectFingerprint: Sendable, Hashable, Comparable {
    package var resource: ResourceKind
    package var id: String
    /// SHA-256 (hex) of the object's canonical fields.
    package var digest: String

    package init(resource: ResourceKind, id: String, digest: String) {
        self.resource = resource
        self.id = id
        self.digest = digest
    }

    package static func < (lhs: ObjectFingerprint, rhs: ObjectFingerprint) -> Bool {
        (lhs.resource.rawValue, lhs.id) < (rhs.resource.rawValue, rhs.id)
    }
}

/// Counts of actions per kind.
package struct PlanSummary: Sendable, Hashable {
    package var counts: [ActionKind: Int]

    package init(actions: [PlanAction]) {
        counts = Dictionary(grouping: actions, by: \.kind).mapValues(\.count)
    }

    /// How many actions of `kind` (0 when none).
    package func count(_ kind: ActionKind) -> Int { counts[kind] ?? 0 }

    /// Whether anything would be replaced, archived or migrated (the markdown banner).
    package var isDestructive: Bool {
        count(.replace) + count(.archive) + count(.migrate) > 0
    }
}
