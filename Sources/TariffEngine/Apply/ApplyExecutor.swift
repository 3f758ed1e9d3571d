package import TariffStripe
import Foundation

/// Executes a plan against Stripe, stage by stage: meters → products → prices → default prices →
/// webhook → migrations → archives.
///
/// Steps of one stage (and wave) run concurrently, at most `parallelism` at a time, through an
/// `ApplyThrottle` that narrows on 429s. Every write carries an idempotency key derived from the
/// plan digest and the step id, and the client resends the same key on retries. When a step fails,
/// no further step starts; the ones in flight finish, the stage ends there and later stages are
/// left — a new plan then shows exactly what is left.
package struct ApplyExecutor: Sendable {
    package let plan: Plan
    package let steps: [ApplyStep]
    package let keys: IdempotencyKeys
    let client: StripeClient
    let throttle: ApplyThrottle
    let options: ApplyOptions

    /// - Parameters:
    ///   - client: the client to send with; its transport is wrapped by the throttle.
    package init(plan: Plan, client: StripeClient, options: ApplyOptions = ApplyOptions()) {
        let steps = ApplyStepBuilder.steps(for: plan)
        self.plan = plan
        self.steps = steps
        self.keys = IdempotencyKeys(planDigest: PlanDigest.compute(plan, steps: steps))
        self.throttle = ApplyThrottle(maximum: options.parallelism)
        self.client = StripeClient(
            configuration: client.configuration,
            transport: ThrottlingTransport(base: client.transport, throttle: throttle))
        self.options = options
    }

    /// Runs every stage; never throws — failures are in the report.
    package func run() async -> ApplyReport {
        let clock = ContinuousClock()
        let start = clock.now
        let context = ApplyRunContext(
            ids: ApplyIDTable(ApplyIDTable.initial(for: plan, known: options.knownIDs)))
        let progress = ProgressCounter(total: steps.count, emit: options.progress)
        options.progress(.begin(total: steps.count))
        var results: [ApplyStepResult] = []
        var stoppedAt: PlanStep?
        for stage in PlanStep.allCases {
            let staged = steps.filter { $0.stage == stage }
            guard !staged.isEmpty else { continue }
            if stoppedAt != nil {
                results += staged.map { ApplyStepResult(step: $0, outcome: .left) }
                continue
            }
            options.progress(.stage(stage, steps: staged.count))
            for wave in Set(staged.map(\.wave)).sorted() {
                let waveSteps = staged.filter { $0.wave == wave }
                if stoppedAt != nil {
                    results += waveSteps.map { ApplyStepResult(step: $0, outcome: .left) }
                    continue
                }
                let waveResults = await runWave(waveSteps, context: context, progress: progress)
                results += waveResults
                if waveResults.contains(where: { $0.outcome != .done }) { stoppedAt = stage }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: steps.enumerated().map { ($1.id, $0) })
        results.sort { (order[$0.stepID] ?? 0) < (order[$1.stepID] ?? 0) }
        return ApplyReport(
            results: results, stoppedAt: stoppedAt, warnings: await context.warnings,
            requests: client.requestCounts,
            rateLimitedResponses: await throttle.rateLimitedResponses, duration: clock.now - start)
    }

    /// Runs one wave with bounded concurrency; after a failure no new step starts.
    private func runWave(
        _ steps: [ApplyStep], context: ApplyRunContext, progress: ProgressCounter
    ) async -> [ApplyStepResult] {
        await withTaskGroup(of: ApplyStepResult.self) { group in
            var pending = steps[...]
            var results: [ApplyStepResult] = []
            var failed = false
            func launch() {
                guard !failed, let step = pending.popFirst() else { return }
                progress.started(step)
                group.addTask { await self.execute(step, context: context) }
            }
            for _ in 0..<options.parallelism { launch() }
            while let result = await group.next() {
                progress.finished(result)
                results.append(result)
                if result.outcome != .done { failed = true }
                launch()
            }
            results += pending.map { ApplyStepResult(step: $0, outcome: .left) }
            return results
        }
    }

    /// Sends one step and turns its outcome into a result.
    private func execute(_ step: ApplyStep, context: ApplyRunContext) async -> ApplyStepResult {
        do {
            let objectID = try await perform(step, context: context)
            return ApplyStepResult(step: step, outcome: .done, objectID: objectID)
        } catch {
            return ApplyStepResult(step: step, outcome: .failed, detail: String(describing: error))
        }
    }

    /// The idempotency key of one request of a step (`part` tells several requests apart).
    func key(_ step: ApplyStep, _ part: String = "") -> String {
        keys.key(for: part.isEmpty ? step.id : "\(step.id)#\(part)")
    }
}

/// State shared by the steps of one run: the id table and the warnings.
final class ApplyRunContext: Sendable {
    let ids: ApplyIDTable
    private let notes = WarningList()

    init(ids: ApplyIDTable) {
        self.ids = ids
    }

    func warn(_ text: String) async { await notes.append(text) }
    var warnings: [String] { get async { await notes.items } }
}

/// Warnings collected while steps run concurrently.
private actor WarningList {
    var items: [String] = []
    func append(_ text: String) { items.append(text) }
}

/// Numbers started and finished steps for the progress events.
final class ProgressCounter: @unchecked Sendable {
    // The lock guards the two counters.
    private let lock = NSLock()
    private var startedCount = 0
    private var finishedCount = 0
    let total: Int
    let emit: @Sendable (ApplyEvent) -> Void

    init(total: Int, emit: @escaping @Sendable (ApplyEvent) -> Void) {
        self.total = total
        self.emit = emit
    }

    func started(_ step: ApplyStep) {
        lock.lock()
        startedCount += 1
        let ordinal = startedCount
        lock.unlock()
        emit(.started(step, ordinal: ordinal))
    }

    func finished(_ result: ApplyStepResult) {
        lock.lock()
        finishedCount += 1
        let count = finishedCount
        lock.unlock()
        emit(.finished(result, finished: count, total: total))
    }
}
