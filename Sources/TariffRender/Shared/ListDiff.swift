/// The difference of two unordered string lists (a webhook's enabled events), shown as what is
/// added and removed rather than two long lists a reviewer has to compare by eye.
struct ListDiff: Sendable, Hashable {
    var added: [String]
    var removed: [String]

    init(before: [String], after: [String]) {
        let old = Set(before)
        let new = Set(after)
        added = after.filter { !old.contains($0) }
        removed = before.filter { !new.contains($0) }
    }

    /// `adds ["invoice.paid"], removes ["customer.created"]` (only the non-empty halves).
    var summary: String {
        var parts: [String] = []
        if !added.isEmpty {
            parts.append("adds [" + added.map(ValueText.quoted).joined(separator: ", ") + "]")
        }
        if !removed.isEmpty {
            parts.append("removes [" + removed.map(ValueText.quoted).joined(separator: ", ") + "]")
        }
        return parts.isEmpty ? "(reordered)" : parts.joined(separator: ", ")
    }
}
