/// A new value for an emptyable field on update: set it, or clear it with `field=`.
///
/// Leaving the parameter nil (not sending it) keeps the current value, as Stripe's updates are partial.
package enum StripeEmptyable<Value: Sendable & Hashable>: Sendable, Hashable {
    case set(Value)
    case clear
}

/// Changes to an object's metadata, sent as `metadata[k]=v` and `metadata[k]=` (remove one key).
///
/// Stripe merges metadata on update, so a patch names only the keys that change; `removeAll` sends
/// `metadata=`, which drops every key (then `set` is applied by a second request if needed; Tariff
/// never mixes the two).
package struct StripeMetadataPatch: Sendable, Hashable {
    package var set: [String: String]
    package var remove: Set<String>
    package var removeAll: Bool

    package init(set: [String: String] = [:], remove: Set<String> = [], removeAll: Bool = false) {
        self.set = set
        self.remove = remove
        self.removeAll = removeAll
    }

    /// Whether the patch changes nothing.
    package var isEmpty: Bool { self.set.isEmpty && remove.isEmpty && !removeAll }

    /// The `metadata` parameter, or nil when there is nothing to send. Keys are sorted so the
    /// body, and with it an idempotency key derived from it, is stable.
    package var formValue: StripeFormValue? {
        if removeAll { return .empty }
        let changes =
            self.set.keys.sorted().map { StripeFormField($0, .string(self.set[$0] ?? "")) }
            + remove.subtracting(self.set.keys).sorted().map { StripeFormField($0, .empty) }
        return changes.isEmpty ? nil : .object(changes)
    }
}

extension StripeEmptyable where Value == String {
    /// `field=value`, or `field=` to clear.
    var formValue: StripeFormValue {
        switch self {
        case .set(let text): .string(text)
        case .clear: .empty
        }
    }
}

extension StripeForm {
    /// Adds `metadata[k]=v` for a create call's metadata, sorted by key; nothing when empty.
    mutating func appendMetadata(_ metadata: [String: String]) {
        if !metadata.isEmpty { append("metadata", .map(metadata)) }
    }

    /// Adds `expand[]=…` for each path.
    mutating func appendExpand(_ paths: [String]) {
        if !paths.isEmpty { append("expand", .strings(paths)) }
    }
}
