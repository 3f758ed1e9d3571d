import ArgumentParser
import Foundation
import TariffRender
import TariffUsage

/// `tariff usage apply [PATH…]`: plans, then sends every window the plan lists, exactly once.
struct UsageApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Report usage to Stripe: send what `tariff usage plan` shows.",
        discussion: """
            Plans as `tariff usage plan` does, then sends each window as a meter event with a \
            deterministic identifier (tariff:{event_name}:{customer}:{window_start}:{hash}) \
            timestamped inside its window. Pre-aggregated meters (event_time_window set) get the \
            window's total, which overwrites; meters without a window get computed minus \
            reported. Stripe's "an event already exists with identifier" counts as delivered; \
            other 4xx answers are reported and not retried; 429s, 5xx and dropped connections are \
            retried. One request is in flight per customer and meter, at a rate that fits the \
            key's mode (--rate), and from --stream-threshold windows on the v2 meter event stream \
            sends 100 events per request. The store's ledger records every window delivered, so \
            re-running after a failure or a crash sends only what is missing.

            Exit status: 0 every window delivered, 1 error or a window not delivered.

            Examples:
              tariff usage apply --auto-approve
              tariff usage apply --auto-approve --transport stream --format json billing/
            """
    )

    @OptionGroup var options: UsagePlanOptions

    @Flag(help: "Send without asking (required when stdin is not a terminal).")
    var autoApprove = false

    @Option(help: "Report format: text or json.")
    var format: UsageApplyOutputFormat = .text

    @Option(
        help:
            "auto (the stream from --stream-threshold windows on), single (v1, one event a request) or stream."
    )
    var transport: UsageTransportOption = .auto

    @Option(
        name: .customLong("stream-threshold"), help: "Windows from which --transport auto uses the stream.")
    var streamThreshold = 500

    @Option(help: "Requests a second (default: 20 with a test key, 100 with a live key).")
    var rate: Double?

    @Option(help: "Customer and meter pairs sent at once.")
    var concurrency = 4

    func run() async throws {
        let output = TerminalOutput(options: options.diagnosticOptions)
        try await output.run("usage.apply-failed") {
            try await options.withPlan(output: output) { run in
                try await apply(run, output: output)
            }
        }
    }

    /// Shows the plan on stderr, asks, sends every window and writes the report on stdout.
    private func apply(_ run: UsagePlanOptions.Run, output: TerminalOutput) async throws -> ExitStatus {
        let plan = run.result.plan
        output.message(UsagePlanTextRenderer(color: output.colorOnStderr).render(plan))
        guard plan.hasChanges else {
            write(.nothingSent, held: plan.held.count, output: output)
            return .success
        }
        if let refusal = ApplyGuards.confirm(
            autoApprove: autoApprove, summary: "\(plan.sends.count) window(s) to send.",
            command: "usage apply",
            question: "Send them to Stripe as meter events?")
        {
            throw CLIError("usage.apply-cancelled", refusal)
        }
        let live = run.result.account.livemode
        let applyOptions = UsageApplyOptions(
            requestsPerSecond: rate ?? (live ? 100 : 20), concurrency: concurrency,
            transport: transport.transport,
            streamThreshold: streamThreshold)
        let meters = run.result.account.liveMeters
        let sender = StripeMeterEventSender(client: run.session.client)
        let applier = UsageApplier(
            sender: sender,
            ledger: StoreLedgerWriter(store: run.store, now: { Int64(Date().timeIntervalSince1970) }),
            options: applyOptions)
        let report = await applier.run(plan.sends) { send in
            let meter = meters[send.eventName]
            return MeterEventPayload(
                eventName: send.eventName, customer: send.customer, value: send.value,
                timestamp: send.timestamp,
                identifier: send.identifier, customerKey: meter?.customerPayloadKey ?? "stripe_customer_id",
                valueKey: meter?.valuePayloadKey ?? "value")
        }
        await sender.shutdown()
        write(report, held: plan.held.count, output: output)
        guard report.succeeded else {
            throw CLIError(
                "usage.apply-incomplete",
                "\(report.rejected.count) window(s) refused by Stripe and \(report.failed.count) not delivered; see the report",
                notes: [
                    "what was delivered is in the ledger: re-running `tariff usage apply` sends only the rest"
                ])
        }
        return .success
    }

    private func write(_ report: UsageApplyReport, held: Int, output: TerminalOutput) {
        let document = UsageApplyReportV1(report, held: held)
        output.result((format == .json ? (try? document.json()) : nil) ?? document.text())
    }
}

/// `--format` for the apply report.
enum UsageApplyOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

/// `--transport`.
enum UsageTransportOption: String, CaseIterable, ExpressibleByArgument {
    case auto, single, stream

    var transport: UsageTransport {
        switch self {
        case .auto: .auto
        case .single: .single
        case .stream: .stream
        }
    }
}
