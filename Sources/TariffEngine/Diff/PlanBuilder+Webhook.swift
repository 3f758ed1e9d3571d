import TariffDiagnostics
import TariffStripe

extension PlanBuilder {
    /// The webhook endpoint: matched by URL among managed endpoints, else by marker (the YAML
    /// changed the URL, which Stripe updates in place).
    mutating func planWebhook() {
        guard let webhook = desired.webhook else { return }
        let byURL = index.webhooksByURL[webhook.url] ?? []
        if let current = byURL.first(where: { index.isManaged($0.metadata) }) ?? index.managedWebhooks.first {
            planExisting(webhook, current: current, adopting: false)
        } else if let holder = byURL.first {
            guard options.adopt else {
                error(
                    "plan.natural-key-taken",
                    "webhook URL '\(webhook.url)' belongs to endpoint \(holder.id), which Tariff does not manage",
                    at: webhook.fieldRanges["url"] ?? webhook.range,
                    notes: [DiagnosticNote("run plan with --adopt to take it over")])
                return
            }
            planExisting(webhook, current: holder, adopting: true)
        } else {
            add(
                PlanAction(
                    .create(.webhook(webhook)), address: .webhook, label: webhook.url,
                    reasons: [
                        ActionReason(
                            .missing, "no webhook endpoint with this URL exists", range: webhook.range)
                    ],
                    changes: FieldDiff.creation(
                        [
                            (.webhook(.url), .string(webhook.url)),
                            (.webhook(.enabledEvents), .strings(webhook.enabledEvents)),
                            (.webhook(.description), webhook.description.map(PlanValue.string)),
                        ], ranges: webhook.fieldRanges),
                    range: webhook.range))
        }
    }

    private mutating func planExisting(_ webhook: DesiredWebhook, current: LiveWebhook, adopting: Bool) {
        claimed.insert(current.id)
        webhookID = current.id
        var diff = FieldDiff(ranges: webhook.fieldRanges)
        diff.compare(.webhook(.url), live: .string(current.url), desired: .string(webhook.url))
        diff.compare(
            .webhook(.enabledEvents), live: .strings(current.enabledEvents.sorted()),
            desired: .strings(webhook.enabledEvents))
        diff.compare(.webhook(.description), live: current.description, desired: webhook.description)
        diff.compareMetadata(live: current.metadata, desired: webhook.metadata, authoritative: false) {
            .webhook(.metadata($0))
        }
        var reasons: [ActionReason] = []
        if adopting {
            reasons.append(
                ActionReason(
                    .unmarked, "endpoint \(current.id) has the declared URL but no Tariff marker",
                    range: webhook.range))
        } else if !diff.changes.isEmpty {
            reasons.append(ActionReason(.changed, "fields differ from the YAML", range: webhook.range))
        }
        if current.status == .disabled {
            diff.append(
                .webhook(.status), before: .string(StripeWebhookStatus.disabled.rawValue),
                after: .string(StripeWebhookStatus.enabled.rawValue), isDrift: true)
            reasons.append(
                ActionReason(
                    .drift, "the endpoint was disabled outside Tariff", field: "status", range: webhook.range)
            )
        }
        guard !diff.changes.isEmpty || adopting else { return }
        add(
            PlanAction(
                adopting
                    ? .adopt(liveID: current.id, desired: .webhook(webhook))
                    : .update(liveID: current.id, desired: .webhook(webhook)),
                address: .webhook, label: webhook.url, reasons: reasons, changes: diff.changes,
                range: webhook.range))
    }
}
