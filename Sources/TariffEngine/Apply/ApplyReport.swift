package import TariffStripe

/// What an apply did: every step's outcome in plan order, and where it stopped.
package struct ApplyReport: Sendable, Hashable {
    package var results: [ApplyStepResult]
    /// The stage that failed (apply stops at its boundary); nil when every stage finished.
    package var stoppedAt: PlanStep?
    /// Things the user must know that are not failures (a webhook secret nobody asked for, a
    /// subscription under someone else's schedule left alone).
    package var warnings: [String]
    /// Requests apply itself sent (the plan's reads are not included), retries included.
    package var requests: StripeRequestCounts
    /// 429 answers seen; each one halved the concurrency for a while.
    package var rateLimitedResponses: Int
    package var duration: Duration

    package init(
        results: [ApplyStepResult], stoppedAt: PlanStep? = nil, warnings: [String] = [],
        requests: StripeRequestCounts = StripeRequestCounts(), rateLimitedResponses: Int = 0,
        duration: Duration = .zero
    ) {
        self.results = results
        self.stoppedAt = stoppedAt
        self.warnings = warnings
        self.requests = requests
        self.rateLimitedResponses = rateLimitedResponses
        self.duration = duration
    }

    /// The results with one outcome.
    package func results(_ outcome: ApplyStepOutcome) -> [ApplyStepResult] {
        results.filter { $0.outcome == outcome }
    }

    /// Whether every step was done.
    package var succeeded: Bool { results.allSatisfy { $0.outcome == .done } }
}

/// One step's line in the report.
package struct ApplyStepResult: Sendable, Hashable {
    package var stepID: String
    package var stage: PlanStep
    package var address: ResourceAddress
    package var summary: String
    package var outcome: ApplyStepOutcome
    /// The object created or changed, when there is one.
    package var objectID: String?
    /// Why it failed, or what was noteworthy; never a secret.
    package var detail: String?

    package init(
        step: ApplyStep, outcome: ApplyStepOutcome, objectID: String? = nil, detail: String? = nil
    ) {
        self.stepID = step.id
        self.stage = step.stage
        self.address = step.address
        self.summary = step.summary
        self.outcome = outcome
        self.objectID = objectID
        self.detail = detail
    }
}

/// How a step ended.
package enum ApplyStepOutcome: String, Sendable, Hashable, CaseIterable {
    /// Stripe holds the change.
    case done
    /// Stripe refused, or never answered after every retry.
    case failed
    /// Not started: an earlier step failed, so apply stopped at the stage boundary.
    case left
}

/// What the executor tells its progress reporter, in order.
package enum ApplyEvent: Sendable, Hashable {
    /// Apply starts with this many steps.
    case begin(total: Int)
    /// A stage with this many steps starts.
    case stage(PlanStep, steps: Int)
    /// A step was sent; `ordinal` counts started steps from 1.
    case started(ApplyStep, ordinal: Int)
    /// A step ended; `finished` counts ended steps from 1.
    case finished(ApplyStepResult, finished: Int, total: Int)
}
