import Testing
import TariffDiagnostics
@testable import TariffConfig

/// `usage:`: the model read from YAML and every rule, located at the marked place.
@Suite struct UsageConfigTests {
    static let head = "version: 1\nusage:\n"

    @Test func presetFieldsAndOverridesResolve() throws {
        let loaded = ConfigTestSupport.load(
            Self.head
                + "  events:\n    preset: moesif\n    fields: { company: metadata.team, id: event_id }\n"
                + "  window: day\n  settle: 2h\n  lookback: 35d\n")
        let usage = try #require(loaded.config?.usage, "\(loaded.diagnostics.diagnostics)")
        #expect(usage.events.fields.time == .defaulted("request.time"))
        #expect(usage.events.fields.company?.value == "metadata.team")
        #expect(usage.events.fields.company?.range?.start.line == 5)
        #expect(usage.events.fields.id?.value == "event_id")
        #expect(usage.window.value == .day)
        #expect(usage.settle.value.seconds == 7_200)
        #expect(usage.lookback.value.seconds == 35 * 86_400)
        #expect(usage.store == .defaulted(".tariff/usage.db"))
        #expect(usage.source == nil)
    }

    @Test func defaultsWhenOnlyEventsAreGiven() throws {
        let loaded = ConfigTestSupport.load(Self.head + "  events: { preset: nginx }\n")
        let usage = try #require(loaded.config?.usage)
        #expect(usage.window == .defaulted(.hour))
        #expect(usage.settle.value.seconds == 900)
        #expect(usage.lookback.value.seconds == 3 * 86_400)
        #expect(usage.events.fields.id == .defaulted("request_id"))
    }

    @Test func postgresSourceWithColumns() throws {
        let loaded = ConfigTestSupport.load(
            Self.head + "  events: { fields: { time: ts, company: team } }\n  source:\n    postgres:\n"
                + "      url: env:EVENTS_URL\n      table: analytics.api_events\n"
                + "      columns: { time: created_at, id: event_id }\n")
        let postgres = try #require(
            loaded.config?.usage?.source?.postgres, "\(loaded.diagnostics.diagnostics)")
        #expect(postgres.url.value == .environment("EVENTS_URL"))
        #expect(postgres.table.value == "analytics.api_events")
        #expect(postgres.columns.time.value == "created_at")
        #expect(postgres.columns.company == .defaulted("company"))
        #expect(postgres.columns.id?.value == "event_id")
        #expect(postgres.columns.body == .defaulted("body"))
    }

    @Test(arguments: [("15m", 900), ("30s", 30), ("2h", 7_200), ("3d", 259_200)] as [(String, Int64)])
    func durations(text: String, seconds: Int64) {
        #expect(UsageDuration(parsing: text)?.seconds == seconds)
    }

    @Test(arguments: ["", "m", "0m", "015m", "1.5h", "15", "15 m", "-1h", "1w", "1h30m"])
    func notDurations(text: String) {
        #expect(UsageDuration(parsing: text) == nil)
    }

    struct Rule: CustomTestStringConvertible, Sendable {
        let yaml: String
        let code: String
        var fixIt: String? = nil
        var testDescription: String { code }
    }

    static let events = "  events: { preset: moesif }\n"

    static let rules: [Rule] = [
        Rule(yaml: head + events + "  lookback: ↓36d\n", code: "usage.lookback-too-long", fixIt: "35d"),
        Rule(yaml: head + events + "  window: day\n  lookback: ↓12h\n", code: "usage.lookback-too-short"),
        Rule(yaml: head + events + "  settle: ↓3d\n", code: "usage.settle-too-long"),
        Rule(yaml: head + events + "  settle: ↓15min\n", code: "usage.invalid-duration", fixIt: "15m"),
        Rule(yaml: head + events + "  window: ↓hours\n", code: "schema.invalid-value", fixIt: "hour"),
        Rule(yaml: head + "  events: { preset: ↓moesiff }\n", code: "schema.invalid-value", fixIt: "moesif"),
        Rule(yaml: head + "  events: ↓{ fields: { time: t } }\n", code: "usage.field-missing"),
        Rule(
            yaml: head + "  events: { preset: otel, fields: { company: ↓\"a..b\" } }\n",
            code: "usage.invalid-field"),
        Rule(
            yaml: head + "  events: { preset: otel, fields: { ↓compnay: a } }\n", code: "schema.unknown-key",
            fixIt: "company"),
        Rule(yaml: head + events + "  ↓lookbak: 3d\n", code: "schema.unknown-key", fixIt: "lookback"),
        Rule(yaml: head + events + "  store: ↓\" \"\n", code: "usage.empty-store"),
        Rule(yaml: "version: 1\nusage:\n  ↓window: day\n", code: "schema.missing-key"),
        Rule(
            yaml: head + events
                + "  source:\n    postgres:\n      url: ↓postgres://u:pw@h/db\n      table: t\n",
            code: "usage.literal-secret", fixIt: "env:TARIFF_EVENTS_URL"),
        Rule(
            yaml: head + events + "  source:\n    postgres:\n      url: env:U\n      table: ↓a.b.c\n",
            code: "usage.invalid-table"),
        Rule(
            yaml: head + events
                + "  source:\n    postgres:\n      url: env:U\n      table: t\n      columns: { body: ↓\"1body\" }\n",
            code: "usage.invalid-column"),
    ]

    @Test(arguments: rules)
    func ruleReportsAtTheMarkedPlace(rule: Rule) throws {
        let marked = MarkedYAML(rule.yaml)
        let loaded = ConfigTestSupport.load(marked.text)
        let diagnostic = try #require(
            loaded.diagnostics.diagnostics.first { $0.code == rule.code },
            "got \(ConfigTestSupport.located(loaded.diagnostics.diagnostics))")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range?.start.line == marked.line)
        #expect(diagnostic.range?.start.column == marked.column)
        #expect(diagnostic.fixIt == rule.fixIt)
        #expect(loaded.config == nil)
    }

    /// A literal connection URL holds a password: neither the message nor the quoted source
    /// line may show it.
    @Test func literalURLIsNeverRepeated() {
        let loaded = ConfigTestSupport.load(
            Self.head + Self.events
                + "  source:\n    postgres:\n      url: postgres://u:hunter2@h/db\n      table: t\n")
        let messages = loaded.diagnostics.diagnostics.map(\.message).joined()
        #expect(!messages.contains("hunter2"))
        #expect(loaded.files.text(of: "tariff.yaml")?.contains("hunter2") == false)
    }
}
