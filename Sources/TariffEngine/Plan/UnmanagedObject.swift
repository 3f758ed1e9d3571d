/// A live object that Tariff does not manage: listed in the plan, never changed.
package struct UnmanagedObject: Sendable, Hashable {
    package var resource: ResourceKind
    package var id: String
    /// Its name, nickname, display name or URL.
    package var label: String
    /// The natural key it holds, if any (a lookup key, an event name, a URL).
    package var naturalKey: String?
    /// Why it is unmanaged: no marker, or another namespace's marker.
    package var reason: UnmanagedReason
    /// The declared entry whose natural key it holds (it blocks that entry unless adopted).
    package var conflictsWith: ResourceAddress?
    package var active: Bool

    package init(
        resource: ResourceKind, id: String, label: String, naturalKey: String? = nil,
        reason: UnmanagedReason, conflictsWith: ResourceAddress? = nil, active: Bool = true
    ) {
        self.resource = resource
        self.id = id
        self.label = label
        self.naturalKey = naturalKey
        self.reason = reason
        self.conflictsWith = conflictsWith
        self.active = active
    }
}

/// Why an object is not Tariff's.
package enum UnmanagedReason: String, Sendable, Hashable, CaseIterable {
    /// No `tariff_key` metadata.
    case noMarker = "no_marker"
    /// A `tariff_namespace` other than the config's (another config owns it).
    case otherNamespace = "other_namespace"
}

/// An archived previous version of a managed price: it has Tariff's metadata but no longer holds
/// the lookup key. Grandfathered subscriptions may still bill on it; plan shows it, never changes it.
package struct HistoricalObject: Sendable, Hashable {
    package var resource: ResourceKind
    package var id: String
    /// The address its `tariff_key` metadata names.
    package var address: ResourceAddress
    package var label: String
    /// Unix seconds.
    package var created: Int

    package init(resource: ResourceKind, id: String, address: ResourceAddress, label: String, created: Int) {
        self.resource = resource
        self.id = id
        self.address = address
        self.label = label
        self.created = created
    }
}
