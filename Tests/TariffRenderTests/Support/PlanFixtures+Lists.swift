import Foundation
import TariffDiagnostics
import TariffEngine

extension PlanFixtures {
    /// `--prune`: managed objects the YAML dropped are archived (subscribers keep the price), and a
    /// price the YAML declares `active: false`.
    static let archiveWithPrune: Plan = {
        var context = Build.context
        context.prune = true
        let pruned = ActionReason(
            .pruned, "managed by Tariff but no longer declared in the YAML (--prune)", field: "active")
        return Plan(
            context: context,
            actions: [
                PlanAction(
                    .archive(
                        .price(
                            liveID: "price_1Trial", impact: Build.impact("price_1Trial", [:]), successor: nil)
                    ), address: .price(product: "search_api", price: "trial_pack"), label: "Trial pack",
                    reasons: [
                        ActionReason(
                            .declaredInactive, "the YAML declares active: false", field: "active",
                            range: Build.at(60, 9))
                    ],
                    changes: [
                        FieldChange(
                            field: .price(.active), before: .bool(true), after: .bool(false),
                            range: Build.at(60, 9))
                    ], range: Build.at(58, 7)),
                PlanAction(
                    .archive(
                        .price(
                            liveID: "price_1Legacy",
                            impact: Build.impact("price_1Legacy", ["active": 3, "canceled": 9]),
                            successor: nil)), address: .price(product: "legacy", price: "legacy_monthly"),
                    label: "Legacy monthly", reasons: [pruned],
                    changes: [FieldChange(field: .price(.active), before: .bool(true), after: .bool(false))]),
                PlanAction(
                    .archive(.product(liveID: "legacy")), address: .product("legacy"), label: "Legacy plan",
                    reasons: [pruned],
                    changes: [FieldChange(field: .product(.active), before: .bool(true), after: .bool(false))]
                ),
                PlanAction(
                    .archive(.meter(liveID: "mtr_1Legacy")),
                    address: ResourceAddress("meters.(legacy_calls)"), label: "Legacy calls",
                    reasons: [
                        ActionReason(
                            .pruned, "managed by Tariff but no longer declared in the YAML (--prune)",
                            field: "status")
                    ],
                    changes: [
                        FieldChange(
                            field: .meter(.status), before: .string("active"), after: .string("inactive"))
                    ]),
            ],
            statistics: PlanStatistics(requests: 8, minimumPages: 8))
    }()

    /// Objects that match declared entries but lack Tariff's marker, taken over with `--adopt`.
    static let adopt = Plan(
        context: Build.context,
        actions: [
            PlanAction(
                .adopt(liveID: "search_api", desired: .product(FixtureDesired.searchProductAdopted)),
                address: .product("search_api"), label: "Search API",
                reasons: [
                    ActionReason(
                        .unmarked, "product search_api has the declared id but no Tariff marker",
                        range: Build.at(24, 3))
                ],
                changes: [
                    Build.string(.product(.metadata("tariff_key")), "search_api"),
                    Build.string(.product(.metadata("tariff_namespace")), "acme"),
                ], range: Build.at(24, 3)),
            PlanAction(
                .adopt(liveID: "price_1Platform", desired: .price(FixtureDesired.platformFeeAdopted)),
                address: Build.platformFee, label: "Platform fee",
                reasons: [
                    ActionReason(
                        .unmarked,
                        "price price_1Platform holds lookup_key 'platform_fee' but no Tariff marker",
                        range: Build.at(43, 7))
                ],
                changes: [
                    FieldChange(
                        field: .price(.nickname), before: nil, after: .string("Platform fee"),
                        range: Build.at(44, 9)
                    ),
                    Build.string(.price(.metadata("tariff_key")), "search_api.platform_fee"),
                    Build.string(.price(.metadata("tariff_namespace")), "acme"),
                ], range: Build.at(43, 7)),
        ],
        statistics: PlanStatistics(requests: 6, minimumPages: 6))

    /// An update with the id-mapping audit, a refused replacement of a protected price, unmanaged
    /// objects and history.
    static let auditWarnings = Plan(
        context: Build.context,
        actions: [
            PlanAction(
                .update(liveID: "price_1Usage", desired: .price(FixtureDesired.searchUsageAudited)),
                address: Build.searchUsage, label: "Search API per call",
                reasons: [ActionReason(.changed, "fields differ from the YAML", range: Build.at(31, 7))],
                changes: [
                    FieldChange(
                        field: .price(.nickname), before: .string("Search | per call <beta>"),
                        after: .string("Search API per call"), range: Build.at(32, 9)),
                    FieldChange(
                        field: .price(.taxBehavior), before: .string("unspecified"),
                        after: .string("exclusive"),
                        range: Build.at(40, 9)),
                ], range: Build.at(31, 7)),
            PlanAction(
                .update(liveID: "we_1Hook", desired: .webhook(FixtureDesired.auditedWebhook)),
                address: .webhook, label: "https://hooks.example.com/stripe?app_id=123",
                reasons: [ActionReason(.changed, "fields differ from the YAML", range: Build.at(8, 3))],
                changes: [
                    FieldChange(
                        field: .webhook(.enabledEvents),
                        before: .strings(["customer.created", "customer.updated", "invoice.paid"]),
                        after: .strings(["customer.updated", "invoice.finalized", "invoice.paid"]),
                        range: Build.at(10, 13))
                ], range: Build.at(8, 3)),
        ],
        unmanaged: [
            UnmanagedObject(
                resource: .price, id: "price_1Manual", label: "Made in the Dashboard",
                naturalKey: "search_usage_eu",
                reason: .noMarker, conflictsWith: .price(product: "search_api", price: "search_usage_eu")),
            UnmanagedObject(
                resource: .product, id: "prod_Other", label: "Other team's product", reason: .otherNamespace),
            UnmanagedObject(
                resource: .meter, id: "mtr_1Old", label: "Old meter", naturalKey: "old_calls",
                reason: .noMarker, active: false),
        ],
        history: [
            HistoricalObject(
                resource: .price, id: "price_0Usage", address: Build.searchUsage,
                label: "Search API per call", created: 1_767_225_600)
        ],
        findings: [
            AuditFinding(
                kind: .missingCompanyID, severity: .warning, customerIDs: ["cus_1NoCompany"],
                field: "customer.metadata.company_id",
                message:
                    "customer cus_1NoCompany has a subscription on a managed price but no customer.metadata.company_id",
                range: Build.at(5, 3)),
            AuditFinding(
                kind: .duplicateCompanyID, severity: .warning, customerIDs: ["cus_1A", "cus_1B"],
                companyID: "acme-co",
                field: "customer.metadata.company_id",
                message: "customers cus_1A and cus_1B both map to company id 'acme-co'", range: Build.at(5, 3)
            ),
        ],
        diagnostics: [
            Diagnostic(
                .error, code: "plan.protected",
                "price 'platform_fee' is protected: true, so plan refuses to replace it",
                at: Build.at(43, 7), notes: [DiagnosticNote("protected here", at: Build.at(49, 9))])
        ],
        statistics: PlanStatistics(requests: 10, minimumPages: 9))

    /// Many creates, for the markdown size limit.
    static func huge(prices: Int) -> Plan {
        let actions = (1...prices).map { number in
            let key = "price_\(number)"
            return PlanAction(
                .create(.price(FixtureDesired.catalogPrice(number))),
                address: .price(product: "catalog", price: key), label: "Catalog price \(number)",
                reasons: [
                    ActionReason(
                        .missing, "no price with lookup_key '\(key)' exists", range: Build.at(number * 6, 7))
                ],
                changes: [
                    Build.string(.price(.lookupKey), key), Build.string(.price(.currency), "usd"),
                    Build.set(.price(.unitAmount), Build.flat(String(number * 100))),
                    Build.string(.price(.recurringInterval), "month"),
                ], range: Build.at(number * 6, 7))
        }
        return Plan(context: Build.context, actions: actions)
    }
}
