/// "Did you mean …?" for misspelled keys and enum values.
///
/// Uses the optimal-string-alignment edit distance (insertions, deletions, substitutions and
/// swaps of two neighbouring characters, each costing 1), compared case-insensitively, so that
/// `mnth`, `mnoth` and `Month` all find `month`.
package enum Suggestion {
    /// The candidate closest to `input`, or `nil` when none is close enough to be a likely typo.
    ///
    /// A candidate qualifies when its distance is at most a third of the longer of the two words
    /// (at least 1, at most 3); ties go to the candidate listed first. An exact match returns `nil`:
    /// there is nothing to suggest.
    package static func closest(to input: String, among candidates: [String]) -> String? {
        if candidates.contains(input) { return nil }
        let needle = Array(input.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let hay = Array(candidate.lowercased().unicodeScalars)
            let limit = min(3, max(1, max(needle.count, hay.count) / 3))
            // Words whose lengths differ by more than the limit cannot be within it.
            guard abs(needle.count - hay.count) <= limit else { continue }
            let distance = editDistance(needle, hay)
            guard distance <= limit else { continue }
            if best.map({ distance < $0.distance }) ?? true {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance between two scalar arrays.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rolling rows: two back (for swaps), previous, current.
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }
}
