import Foundation
import TariffConfig
import TariffDiagnostics
import TariffEngine
import TariffStripe
import Testing

@testable import TariffCLI

/// The guards between a plan and the account: live mode, prune, protected resources.
@Suite("Apply guards")
struct ApplyGuardsTests {
    static func config(mode: String?) throws -> Config {
        let modeLine = mode.map { "  mode: \($0)\n" } ?? ""
        let yaml =
            "version: 1\nstripe:\n  api_key: env:STRIPE_API_KEY\n\(modeLine)products:\n  a:\n    name: A\n"
        let loaded = ConfigLoader.load(inputs: [
            ConfigSourceFile(path: "tariff.yaml", bytes: Array(yaml.utf8))
        ])
        return try #require(loaded.config)
    }

    static func plan(mode: PlanMode = .test, prune: Bool = false, actions: [PlanAction] = []) -> Plan {
        Plan(
            context: PlanContext(accountID: "acct_1", mode: mode, configDigest: "d", prune: prune),
            actions: actions)
    }

    @Test(
        arguments: [
            ("sk_live_x", nil, false, true), ("sk_live_x", nil, true, false),
            ("sk_live_x", "live", false, true), ("sk_live_x", "live", true, false),
            ("sk_test_x", nil, false, false), ("rk_live_x", "test", false, true),
        ] as [(String, String?, Bool, Bool)])
    func liveKeysAlwaysNeedTheLiveFlag(_ key: String, _ mode: String?, _ flag: Bool, _ refused: Bool) throws {
        let planMode: PlanMode = key.contains("_live_") ? .live : .test
        let refusal = ApplyGuards.liveMode(
            key: StripeAPIKey(key), plan: Self.plan(mode: planMode), liveFlag: flag,
            config: try Self.config(mode: mode))
        #expect((refusal != nil) == refused)
        #expect(refusal.map { !$0.contains(key) } ?? true, "the key never appears in a message")
    }

    @Test func prunedArchivesNeedThePruneFlag() {
        let archive = PlanAction(
            .archive(.product(liveID: "old")), address: .product("old"), label: "Old",
            reasons: [ActionReason(.pruned, "no longer declared")])
        #expect(
            ApplyGuards.prune(plan: Self.plan(actions: [archive]), pruneFlag: false)?.contains("products.old")
                == true)
        #expect(ApplyGuards.prune(plan: Self.plan(actions: [archive]), pruneFlag: true) == nil)
        #expect(ApplyGuards.prune(plan: Self.plan(prune: true), pruneFlag: false) != nil)
        #expect(ApplyGuards.prune(plan: Self.plan(), pruneFlag: false) == nil)
    }

    @Test func protectedResourcesRefuseReplaceAndArchive() {
        let price = DesiredPrice(
            key: "p", productKey: "a", lookupKey: "p", currency: "usd",
            amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 1),
            protected: true)
        let replace = PlanAction(
            .replace(
                .price(price, impact: nil),
                Replacement(oldID: "price_1", transfersLookupKey: true, repointsDefaultPrice: false)),
            address: price.address, label: "p")
        #expect(ApplyGuards.protected(plan: Self.plan(actions: [replace]))?.contains("protected") == true)
        var update = replace
        update.operation = .update(liveID: "price_1", desired: .price(price))
        #expect(ApplyGuards.protected(plan: Self.plan(actions: [update])) == nil)
    }

    @Test func withoutATerminalAutoApproveDecides() {
        // Tests run without a terminal on stdin.
        guard isatty(STDIN_FILENO) == 0 else { return }
        #expect(
            ApplyGuards.confirm(autoApprove: false, summary: "Plan: …")?.contains("--auto-approve") == true)
        #expect(ApplyGuards.confirm(autoApprove: true, summary: "Plan: …") == nil)
    }
}

/// `ApplyGuards.protected` speaks only for protection; other plan errors are `planErrors`'.
@Suite("Apply guards: protection apart from other plan errors")
struct ApplyGuardsProtectionTests {
    @Test func anUnrelatedPlanErrorIsNotAProtectionRefusal() {
        var plan = ApplyGuardsTests.plan()
        plan.diagnostics = [
            Diagnostic(
                .error, code: "plan.account-mismatch", "the config is pinned to another account", at: nil)
        ]
        #expect(ApplyGuards.protected(plan: plan) == nil)
        #expect(ApplyGuards.planErrors(plan: plan)?.contains("the plan has errors") == true)
    }

    @Test func aProtectedErrorFromThePlannerRefuses() {
        var plan = ApplyGuardsTests.plan()
        plan.diagnostics = [Diagnostic(.error, code: "plan.protected", "products.a is protected", at: nil)]
        #expect(ApplyGuards.protected(plan: plan)?.contains("protected resource") == true)
    }

    @Test func aCleanPlanPassesBoth() {
        #expect(ApplyGuards.protected(plan: ApplyGuardsTests.plan()) == nil)
        #expect(ApplyGuards.planErrors(plan: ApplyGuardsTests.plan()) == nil)
    }
}
