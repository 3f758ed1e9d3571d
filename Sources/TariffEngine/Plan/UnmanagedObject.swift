/// A live object that Tariff does not manage: listed in the plan, never changed.
public struct UnmanagedObject: Sendable, Hashable {
    public var resource: ResourceKind
    public var id: String
    /// Its name, nickname, display name or URL.
    public var label: String
    /// The natural key it holds, if any (a lookup key, an event name, a URL).
    public var naturalKey: String?
    /// Why it is unmanaged: no marker, or another namespace's marker.
    public var reason: UnmanagedReason
    /// The declared entry whose natural key it holds (it blocks that entry unless adopted).
    public var conflictsWith: ResourceAddress?
    public var active: Bool

    public init(
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
public enum UnmanagedReason: String, Sendable, Hashable, CaseIterable {
    /// No `tariff_key` metadata.
    case noMarker = "no_marker"
    /// A `tariff_namespace` other than the config's (another config owns it).
    case otherNamespace = "other_namespace"
}

/// An archived previous version of a managed price: it has Tariff's metadata but no longer holds
/// the lookup key. Grandfathered subscriptions may still bill on it; plan shows it, never changes it.
public struct HistoricalObject: Sendable, Hashable {
    public var resource: ResourceKind
    public var id: String
    /// The address its `tariff_key` metadata names.
    public var address: ResourceAddress
    public var label: String
    /// Unix seconds.
    public var created: Int

    public init(resource: ResourceKind, id: String, address: ResourceAddress, label: String, created: Int) {
        self.resource = resource
        self.id = id
        self.address = address
        self.label = label
        self.created = created
    }
}
