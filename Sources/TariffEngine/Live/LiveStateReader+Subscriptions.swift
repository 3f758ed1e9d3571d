import TariffStripe

extension LiveStateReader {
    /// Subscriptions (any status, customers expanded) on `priceIDs`, read by whichever strategy
    /// needs fewer requests: one list per price, or one account-wide `status=all` list filtered
    /// here. `everything` reads every subscription (the full id-mapping audit).
    ///
    /// One list per price costs at least one page per price, so the account-wide list is read
    /// first with that many pages as its budget: if it ends within the budget it was the cheaper
    /// read and is used; otherwise the per-price lists are read, and the budget spent is the most
    /// the probe costs (never more than twice the cheaper strategy). Stripe gives no count of an
    /// account's subscriptions, so no cheaper way to know the account-wide cost exists.
    package func readSubscriptions(
        ofPrices priceIDs: [String], everything: Bool = false
    ) async throws -> SubscriptionRead {
        if everything {
            let all = try await accountWide(budget: nil)
            let live = try await complete(all.subscriptions)
            return SubscriptionRead(
                subscriptions: live,
                statistics: SubscriptionReadStatistics(
                    strategy: .accountWide, perPricePages: Self.perPricePages(priceIDs, in: live),
                    accountWidePages: all.pages, accountWideIsComplete: true))
        }
        guard !priceIDs.isEmpty else {
            return SubscriptionRead(subscriptions: [], statistics: nil)
        }
        let probe = try await accountWide(budget: priceIDs.count)
        if probe.isComplete {
            let wanted = Set(priceIDs)
            let matching = probe.subscriptions.filter { subscription in
                subscription.items.data.contains { wanted.contains($0.price.id) }
                    || subscription.items.hasMore
            }
            let live = try await complete(matching).filter { subscription in
                subscription.items.contains { wanted.contains($0.priceID) }
            }
            return SubscriptionRead(
                subscriptions: live,
                statistics: SubscriptionReadStatistics(
                    strategy: .accountWide, perPricePages: Self.perPricePages(priceIDs, in: live),
                    accountWidePages: probe.pages, accountWideIsComplete: true))
        }
        let (live, perPricePages) = try await perPrice(priceIDs)
        return SubscriptionRead(
            subscriptions: live,
            statistics: SubscriptionReadStatistics(
                strategy: .perPrice, perPricePages: perPricePages, accountWidePages: probe.pages,
                accountWideIsComplete: false))
    }

    /// The account-wide list, at most `budget` pages (nil: all of it).
    private func accountWide(budget: Int?) async throws -> (
        subscriptions: [StripeSubscription], pages: Int, isComplete: Bool
    ) {
        var all: [StripeSubscription] = []
        var cursor: String?
        var pages = 0
        while budget.map({ pages < $0 }) ?? true {
            var query = StripeForm()
            query.append("status", .string("all"))
            query.append("expand", .strings(["data.customer"]))
            query.append("limit", .integer(100))
            query.append("starting_after", ifPresent: cursor.map { .string($0) })
            let page = try await client.get(
                "/v1/subscriptions", query: query, as: StripeList<StripeSubscription>.self)
            pages += 1
            all.append(contentsOf: page.data)
            guard page.hasMore, let last = page.data.last else { return (all, pages, true) }
            cursor = last.id
        }
        return (all, pages, false)
    }

    /// One list per price, `concurrency` at a time; subscriptions on several of the prices once.
    private func perPrice(_ priceIDs: [String]) async throws -> ([LiveSubscription], pages: Int) {
        var byPrice: [[StripeSubscription]] = []
        try await withThrowingTaskGroup(of: [StripeSubscription].self) { group in
            var next = priceIDs.startIndex
            func start() {
                guard next < priceIDs.endIndex else { return }
                let id = priceIDs[next]
                next += 1
                group.addTask { try await client.listAllSubscriptions(price: id, expand: ["data.customer"]) }
            }
            for _ in 0..<max(1, concurrency) { start() }
            while let result = try await group.next() {
                byPrice.append(result)
                start()
            }
        }
        let pages = byPrice.reduce(0) { $0 + Self.pages($1.count) }
        var seen: Set<String> = []
        let unique = byPrice.joined().filter { seen.insert($0.id).inserted }
        return (try await complete(Array(unique)), pages)
    }

    /// The pages one list per price would need for `subscriptions` (at least one per price).
    static func perPricePages(_ priceIDs: [String], in subscriptions: [LiveSubscription]) -> Int {
        var counts: [String: Int] = [:]
        for subscription in subscriptions {
            for priceID in Set(subscription.items.map(\.priceID)) { counts[priceID, default: 0] += 1 }
        }
        return priceIDs.reduce(0) { $0 + pages(counts[$1] ?? 0) }
    }
}

/// The subscriptions the planner read, and how.
package struct SubscriptionRead: Sendable {
    package var subscriptions: [LiveSubscription]
    /// `nil` when no price was touched and nothing was read.
    package var statistics: SubscriptionReadStatistics?

    /// The fewest list pages the reads made need.
    package var minimumPages: Int {
        guard let statistics else { return 0 }
        switch statistics.strategy {
        case .accountWide: return statistics.accountWidePages
        case .perPrice: return statistics.accountWidePages + statistics.perPricePages
        }
    }
}
