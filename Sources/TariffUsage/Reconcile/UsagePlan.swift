/// What `tariff usage plan` found: the windows to send, and the usage that cannot be billed, each
/// with its amount.
package struct UsagePlan: Sendable, Hashable {
    /// Unix seconds the plan was judged at.
    package var asOf: Int64
    /// Windows whose value Stripe lacks, in meter, customer and window order.
    package var sends: [UsageSend]
    /// Usage held back, in reason, meter, company and window order.
    package var held: [UsageHeld]
    /// Windows where Stripe already holds the computed value.
    package var inSync: Int
    /// What the plan was made against; set by the command that made it.
    package var context: UsagePlanContext?

    package init(asOf: Int64, sends: [UsageSend] = [], held: [UsageHeld] = [], inSync: Int = 0) {
        self.asOf = asOf
        self.sends = sends
        self.held = held
        self.inSync = inSync
    }

    /// Whether apply would send anything (`--detailed-exitcode` exits 2).
    package var hasChanges: Bool { !sends.isEmpty }

    /// The held usage for one reason.
    package func held(_ reason: HoldReason) -> [UsageHeld] {
        held.filter { $0.reason == reason }
    }
}

/// One meter event apply sends: a customer's window of a meter.
package struct UsageSend: Sendable, Hashable {
    package var meterKey: String
    package var eventName: String
    package var company: String
    package var customer: String
    package var window: ReportWindow
    package var mode: ReportMode
    /// The window's computed total.
    package var computed: Int64
    /// What Stripe held for the window before (0 when nothing was reported).
    package var reported: Int64
    /// The `identifier` sent (``MeterEventIdentifier``).
    package var identifier: String
    /// The event's `timestamp`: the window's start, inside the window.
    package var timestamp: Int64

    package init(
        meterKey: String, eventName: String, company: String, customer: String, window: ReportWindow,
        mode: ReportMode, computed: Int64, reported: Int64
    ) {
        self.meterKey = meterKey
        self.eventName = eventName
        self.company = company
        self.customer = customer
        self.window = window
        self.mode = mode
        self.computed = computed
        self.reported = reported
        timestamp = window.start
        identifier = MeterEventIdentifier.make(
            eventName: eventName, customer: customer, windowStart: window.start, previous: reported,
            value: mode == .absolute ? computed : computed - reported)
    }

    /// The event's `payload[value]`: the absolute total, or the difference for a delta meter.
    package var value: Int64 {
        mode == .absolute ? computed : computed - reported
    }

    /// The key the ledger and the reported values use.
    package var key: ReportedKey {
        ReportedKey(eventName: eventName, customer: customer, windowStart: window.start)
    }
}

/// Usage that is not sent, and why.
package struct UsageHeld: Sendable, Hashable {
    package var reason: HoldReason
    package var meterKey: String
    package var company: String
    /// The mapped customer, when there is one.
    package var customer: String?
    package var window: ReportWindow
    package var value: Int64

    package init(
        reason: HoldReason, meterKey: String, company: String, customer: String?, window: ReportWindow,
        value: Int64
    ) {
        self.reason = reason
        self.meterKey = meterKey
        self.company = company
        self.customer = customer
        self.window = window
        self.value = value
    }
}

/// Why usage is held back, in the order the plan lists them.
package enum HoldReason: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// No Stripe customer carries the company id.
    case noCustomer = "no_customer"
    /// Several Stripe customers carry the company id.
    case ambiguousCustomer = "ambiguous_customer"
    /// The customer has no live subscription on a price of the meter.
    case noSubscription = "no_subscription"
    /// Stripe has no active meter with the event name yet (run `tariff apply`).
    case noMeter = "no_meter"
    /// The window starts more than 35 days ago, beyond what Stripe accepts.
    case tooOld = "too_old"
    /// The window has not closed plus `settle` yet; it is reported on a later run.
    case unsettled
    /// The value has more than the 15 significant digits Stripe accepts.
    case tooManyDigits = "too_many_digits"

    package static func < (lhs: HoldReason, rhs: HoldReason) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
