/// Shell-style patterns for webhook event lists: `*` matches any run of characters (dots
/// included, so `customer.*` covers `customer.subscription.created`), `?` exactly one.
struct Glob: Sendable, Hashable {
    let pattern: String

    /// Whether the pattern has wildcards at all.
    var isLiteral: Bool { !pattern.contains("*") && !pattern.contains("?") }

    /// Whether `text` matches the whole pattern.
    func matches(_ text: String) -> Bool {
        let p = Array(pattern.unicodeScalars)
        let t = Array(text.unicodeScalars)
        // Iterative matching with backtracking to the last star: linear-ish, never exponential.
        var pi = 0
        var ti = 0
        var star: (p: Int, t: Int)?
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == "*" {
                star = (pi, ti)
                pi += 1
            } else if let last = star {
                pi = last.p + 1
                ti = last.t + 1
                star = (last.p, last.t + 1)
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
