import Foundation

/// How many HTTP requests a client sent; benchmarks print it and tests assert exact counts.
package struct StripeRequestCounts: Sendable, Hashable, CustomStringConvertible {
    /// Every request sent, retries included.
    package var total: Int = 0
    /// The same, by HTTP method (`GET`, `POST`, `DELETE`).
    package var byMethod: [String: Int] = [:]
    /// How many of `total` were retries.
    package var retries: Int = 0

    package init() {}

    package var description: String {
        let methods = byMethod.keys.sorted().map { "\($0) \(byMethod[$0] ?? 0)" }.joined(separator: ", ")
        return "\(total) requests (\(methods.isEmpty ? "none" : methods); \(retries) retries)"
    }
}

/// A thread-safe tally shared by every copy of one `StripeClient`.
final class StripeRequestCounter: @unchecked Sendable {
    // The lock guards `counts`; nothing else is mutable.
    private let lock = NSLock()
    private var counts = StripeRequestCounts()

    func record(method: String, isRetry: Bool) {
        lock.lock()
        defer { lock.unlock() }
        counts.total += 1
        counts.byMethod[method, default: 0] += 1
        if isRetry { counts.retries += 1 }
    }

    var snapshot: StripeRequestCounts {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    func reset() {
        lock.lock()
        defer { lock.unlock() }
        counts = StripeRequestCounts()
    }
}
