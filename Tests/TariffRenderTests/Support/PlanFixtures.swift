import Foundation
import TariffDiagnostics
import TariffEngine
import TariffStripe

/// Hand-built plans for the golden tests, one per scenario. They follow the engine's conventions
/// (field names, reasons, step order) without running the engine, so a renderer change shows in
/// the goldens alone.
enum PlanFixtures {
    /// Every scenario by golden-file stem.
    static let all: [(name: String, plan: Plan)] = [
        ("empty", empty),
        ("creates", creates),
        ("update-replace", updateAndReplace),
        ("meter-cascade", meterCascade),
        ("archive-prune", archiveWithPrune),
        ("adopt", adopt),
        ("audit", auditWarnings),
    ]

    static let empty = Plan(
        context: Build.context,
        fingerprints: [
            ObjectFingerprint(
                resource: .price, id: "price_1Search", digest: String(repeating: "a1", count: 32)),
            ObjectFingerprint(
                resource: .product, id: "search_api", digest: String(repeating: "b2", count: 32)),
        ],
        statistics: PlanStatistics(requests: 6, minimumPages: 6))

    /// An empty account: every declared object is created.
    static let creates: Plan = {
        var meter = DesiredMeter(
            key: "api_calls", displayName: "API calls", eventName: "api_calls", formula: .sum,
            range: Build.at(14, 3))
        meter.eventTimeWindow = .hour
        let product = DesiredProduct(
            key: "search_api", name: "Search API", description: "Full-text search over your documents",
            metadata: ["team": "search", "tariff_key": "search_api", "tariff_namespace": "acme"],
            defaultPrice: Build.platformFee, range: Build.at(24, 3))
        let usage = DesiredPrice(
            key: "search_usage", productKey: "search_api", lookupKey: "search_usage",
            nickname: "Search API per call",
            currency: "usd",
            recurring: DesiredRecurring(interval: .month, usageType: .metered, meter: .meter("api_calls")),
            amounts: DesiredAmounts(
                billingScheme: .tiered, tiersMode: .graduated,
                tiers: [
                    PlanTier(upTo: 1000, unitAmount: 0, flatAmount: nil),
                    PlanTier(upTo: nil, unitAmount: Build.decimal("0.2"), flatAmount: nil),
                ]),
            taxBehavior: .exclusive,
            metadata: ["tariff_key": "search_api.search_usage", "tariff_namespace": "acme"],
            onChange: DesiredOnChange(
                subscribers: .migrateAtPeriodEnd, proration: .noProrations, isExplicit: true,
                range: Build.at(41, 9)),
            range: Build.at(31, 7))
        let exports = DesiredPrice(
            key: "bulk_export", productKey: "search_api", lookupKey: "bulk_export", currency: "usd",
            recurring: DesiredRecurring(interval: .month, usageType: .metered, meter: .meter("api_calls")),
            amounts: DesiredAmounts(
                billingScheme: .perUnit, unitAmount: 500,
                transformQuantity: DesiredTransformQuantity(divideBy: 1000, round: .up)),
            metadata: ["tariff_key": "search_api.bulk_export", "tariff_namespace": "acme"],
            range: Build.at(48, 7))
        let webhookEvents = [
            "customer.created", "customer.deleted", "customer.updated", "invoice.finalized", "invoice.paid",
        ]
        return Plan(
            context: Build.context,
            actions: [
                PlanAction(
                    .create(.meter(meter)), address: .meter("api_calls"), label: "API calls",
                    reasons: [
                        ActionReason(
                            .missing, "no meter with event name 'api_calls' exists", range: Build.at(14, 3))
                    ],
                    changes: [
                        Build.string(.meter(.displayName), "API calls"),
                        Build.string(.meter(.eventName), "api_calls"),
                        Build.string(.meter(.formula), "sum"),
                        Build.string(.meter(.customerPayloadKey), "stripe_customer_id"),
                        Build.string(.meter(.valuePayloadKey), "value"),
                        Build.string(.meter(.eventTimeWindow), "hour"),
                    ], range: Build.at(14, 3)),
                PlanAction(
                    .create(.product(product)), address: .product("search_api"), label: "Search API",
                    reasons: [
                        ActionReason(
                            .missing, "no product with tariff_key 'search_api' exists", range: Build.at(24, 3)
                        )
                    ],
                    changes: [
                        Build.string(.product(.id), "search_api"),
                        Build.string(.product(.name), "Search API"),
                        Build.string(.product(.description), "Full-text search over your documents"),
                        Build.string(.product(.metadata("team")), "search"),
                        Build.string(.product(.metadata("tariff_key")), "search_api"),
                        Build.string(.product(.metadata("tariff_namespace")), "acme"),
                    ], range: Build.at(24, 3)),
                PlanAction(
                    .create(.price(usage)), address: Build.searchUsage, label: "Search API per call",
                    reasons: [
                        ActionReason(
                            .missing, "no price with lookup_key 'search_usage' exists", range: Build.at(31, 7)
                        )
                    ],
                    changes: [
                        Build.string(.price(.lookupKey), "search_usage"),
                        Build.string(.price(.nickname), "Search API per call"),
                        Build.string(.price(.currency), "usd"),
                        Build.string(.price(.billingScheme), "tiered"),
                        Build.string(.price(.tiersMode), "graduated"),
                        Build.set(
                            .price(.tiers), Build.tiers("graduated", [(1000, "0", "0"), (nil, "0.2", "0")])),
                        Build.string(.price(.recurringInterval), "month"),
                        Build.string(.price(.recurringUsageType), "metered"),
                        Build.set(.price(.recurringMeter), .created(.meter, .meter("api_calls"))),
                        Build.string(.price(.taxBehavior), "exclusive"),
                    ], range: Build.at(31, 7)),
                PlanAction(
                    .create(.price(FixtureDesired.platformFee)), address: Build.platformFee,
                    label: "platform_fee",
                    reasons: [
                        ActionReason(
                            .missing, "no price with lookup_key 'platform_fee' exists", range: Build.at(43, 7)
                        )
                    ],
                    changes: [
                        Build.string(.price(.lookupKey), "platform_fee"),
                        Build.string(.price(.currency), "usd"),
                        Build.set(.price(.unitAmount), Build.flat("4900")),
                        Build.set(.price(.currencyOption("eur")), Build.flat("900", "eur")),
                        Build.set(.price(.currencyOption("jpy")), Build.flat("5000", "jpy")),
                        Build.set(
                            .price(.currencyOption("kwd")), Build.flat("15000", "kwd", per: "month", count: 3)
                        ),
                        Build.string(.price(.recurringInterval), "month"),
                        Build.string(.price(.recurringUsageType), "licensed"),
                    ], range: Build.at(43, 7)),
                PlanAction(
                    .create(.price(exports)), address: .price(product: "search_api", price: "bulk_export"),
                    label: "bulk_export",
                    reasons: [
                        ActionReason(
                            .missing, "no price with lookup_key 'bulk_export' exists", range: Build.at(48, 7))
                    ],
                    changes: [
                        Build.string(.price(.lookupKey), "bulk_export"),
                        Build.string(.price(.currency), "usd"),
                        Build.set(.price(.unitAmount), Build.package("500", size: 1000)),
                        Build.set(.price(.transformQuantityDivideBy), .integer(1000)),
                        Build.string(.price(.transformQuantityRound), "up"),
                        Build.string(.price(.recurringInterval), "month"),
                        Build.string(.price(.recurringUsageType), "metered"),
                    ], range: Build.at(48, 7)),
                PlanAction(
                    .create(.price(FixtureDesired.rerankUsage)),
                    address: .price(product: "search_api", price: "rerank_usage"), label: "Rerank per call",
                    reasons: [
                        ActionReason(
                            .missing, "no price with lookup_key 'rerank_usage' exists", range: Build.at(52, 7)
                        )
                    ],
                    changes: [
                        Build.string(.price(.lookupKey), "rerank_usage"),
                        Build.string(.price(.nickname), "Rerank per call"),
                        Build.string(.price(.currency), "usd"),
                        Build.set(.price(.unitAmount), Build.perUnit("0.2")),
                        Build.string(.price(.recurringInterval), "month"),
                        Build.string(.price(.recurringUsageType), "metered"),
                        Build.set(.price(.recurringMeter), .created(.meter, .meter("api_calls"))),
                    ], range: Build.at(52, 7)),
                PlanAction(
                    .create(.price(FixtureDesired.enterprise)),
                    address: .price(product: "search_api", price: "enterprise"), label: "Enterprise seats",
                    reasons: [
                        ActionReason(
                            .missing, "no price with lookup_key 'enterprise' exists", range: Build.at(54, 7))
                    ],
                    changes: [
                        Build.string(.price(.lookupKey), "enterprise"),
                        Build.string(.price(.nickname), "Enterprise seats"),
                        Build.string(.price(.currency), "eur"),
                        Build.string(.price(.billingScheme), "tiered"),
                        Build.string(.price(.tiersMode), "volume"),
                        Build.set(
                            .price(.tiers),
                            Build.tiers(
                                "volume", currency: "eur",
                                [(10, "2500", "10000"), (100, "2000", "0"), (nil, "1500", "0")])),
                        Build.string(.price(.recurringInterval), "year"),
                        Build.string(.price(.recurringUsageType), "licensed"),
                    ], range: Build.at(54, 7)),
                PlanAction(
                    .create(.price(FixtureDesired.setupFee)),
                    address: .price(product: "search_api", price: "setup_fee"), label: "One-time setup",
                    reasons: [
                        ActionReason(
                            .missing, "no price with lookup_key 'setup_fee' exists", range: Build.at(55, 7))
                    ],
                    changes: [
                        Build.string(.price(.lookupKey), "setup_fee"),
                        Build.string(.price(.nickname), "One-time setup"),
                        Build.string(.price(.currency), "usd"),
                        Build.set(.price(.unitAmount), Build.flat("25000", per: nil)),
                    ], range: Build.at(55, 7)),
                PlanAction(
                    .defaultPrice(.point(productID: nil, to: Build.platformFee), declared: nil),
                    address: .product("search_api"), label: "Search API",
                    reasons: [
                        ActionReason(
                            .changed, "default_price is declared as platform_fee", field: "default_price",
                            range: Build.at(29, 5))
                    ],
                    changes: [
                        FieldChange(
                            field: .product(.defaultPrice), before: nil,
                            after: .created(.price, Build.platformFee), range: Build.at(29, 5))
                    ], range: Build.at(24, 3)),
                PlanAction(
                    .create(
                        .webhook(
                            DesiredWebhook(
                                url: "https://hooks.example.com/stripe?app_id=123",
                                enabledEvents: webhookEvents,
                                metadata: ["tariff_key": "webhook", "tariff_namespace": "acme"],
                                range: Build.at(8, 3),
                                fieldRanges: ["url": Build.at(9, 10)]))), address: .webhook,
                    label: "https://hooks.example.com/stripe?app_id=123",
                    reasons: [
                        ActionReason(
                            .missing, "no webhook endpoint with this url exists", range: Build.at(8, 3))
                    ],
                    changes: [
                        Build.string(.webhook(.url), "https://hooks.example.com/stripe?app_id=123"),
                        Build.set(.webhook(.enabledEvents), .strings(webhookEvents)),
                    ], range: Build.at(8, 3)),
            ],
            statistics: PlanStatistics(requests: 6, minimumPages: 6))
    }()
}
