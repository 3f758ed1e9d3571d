extension EmulatorState {
    /// `/v1/test_helpers/test_clocks`: create, list, retrieve, delete and `…/{id}/advance`.
    mutating func testClocksRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        switch (call.method, call.segments.count) {
        case ("POST", 2):
            guard !livemode else {
                throw StripeAPIError.rule(nil, "Test clocks are only available in test mode.")
            }
            try params.rejectUnknown(["frozen_time", "name"])
            guard let frozenTime = try params.int("frozen_time") else {
                throw StripeAPIError.missing("frozen_time")
            }
            let clock = TestClockRecord(
                id: newID("clock"), created: call.now, frozenTime: frozenTime, name: try params.string("name")
            )
            testClocks[clock.id] = clock
            return clock.json(livemode: livemode)
        case ("GET", 2):
            try params.rejectUnknown(["limit", "starting_after", "ending_before"])
            let slice = try ListPage(params).slice(testClocks.idsNewestFirst, kind: "test clock") { _ in true
            }
            let data = slice.ids.compactMap { testClocks[$0]?.json(livemode: livemode) }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/test_helpers/test_clocks")
        case ("GET", 3):
            try params.rejectUnknown([])
            return try testClock(call.segments[2], param: "test_clock", inPath: true).json(livemode: livemode)
        case ("DELETE", 3):
            try params.rejectUnknown([])
            let clock = try testClock(call.segments[2], param: "test_clock", inPath: true)
            deleteClockObjects(clock.id)
            testClocks[clock.id] = nil
            return .object([
                ("id", .string(clock.id)), ("object", .string("test_helpers.test_clock")),
                ("deleted", .bool(true)),
            ])
        case ("POST", 4) where call.segments[3] == "advance":
            try params.rejectUnknown(["frozen_time"])
            let clock = try testClock(call.segments[2], param: "test_clock", inPath: true)
            guard let target = try params.int("frozen_time") else {
                throw StripeAPIError.missing("frozen_time")
            }
            guard target > clock.frozenTime else {
                throw StripeAPIError.rule(
                    "frozen_time",
                    "The test clock can only move forward: frozen_time must be after \(clock.frozenTime).")
            }
            return try advanceClock(clock.id, to: target).json(livemode: livemode)
        default: throw call.unrecognized
        }
    }

    /// The clock with `id`, or Stripe's `resource_missing`.
    func testClock(_ id: String, param: String, inPath: Bool) throws(StripeAPIError) -> TestClockRecord {
        guard let clock = testClocks[id] else {
            throw .noSuch("test clock", id, param: param, inPath: inPath)
        }
        return clock
    }

    /// The time a request about `customer` happens at: its test clock's frozen time, else `now`.
    func time(forCustomer customer: String, now: Int) -> Int {
        customers[customer]?.testClock.flatMap { testClocks[$0]?.frozenTime } ?? now
    }

    /// Deleting a clock deletes the customers attached to it and their subscriptions and
    /// schedules, as Stripe does.
    private mutating func deleteClockObjects(_ clockID: String) {
        for subscription in subscriptions.newestFirst where subscription.testClock == clockID {
            for item in subscription.items { itemOwners[item.id] = nil }
            subscriptions[subscription.id] = nil
        }
        for schedule in schedules.newestFirst where schedule.testClock == clockID {
            schedules[schedule.id] = nil
        }
        for customer in customers.newestFirst where customer.testClock == clockID {
            customers[customer.id] = nil
            deletedCustomers.insert(customer.id)
        }
    }
}
