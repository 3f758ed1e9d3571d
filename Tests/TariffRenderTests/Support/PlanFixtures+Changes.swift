import Foundation
import TariffDiagnostics
import TariffEngine
import TariffStripe

extension PlanFixtures {
    /// Updates in place, drift, and three replaced prices with subscribers, one per `on_change`
    /// policy, with the migrations the two migrating policies add.
    static let updateAndReplace = Plan(
        context: Build.context,
        actions: [
            PlanAction(
                .update(liveID: "search_api", desired: .product(FixtureDesired.searchProduct)),
                address: .product("search_api"), label: "Search",
                reasons: [
                    ActionReason(.changed, "fields differ from the YAML", range: Build.at(24, 3)),
                    ActionReason(
                        .drift, "description was edited outside Tariff", field: "description",
                        range: Build.at(26, 5)),
                ],
                changes: [
                    FieldChange(
                        field: .product(.name), before: .string("Search API"), after: .string("Search"),
                        range: Build.at(25, 5)),
                    FieldChange(
                        field: .product(.description), before: .string("Edited in the Dashboard"),
                        after: .string("Full-text search"), isDrift: true, range: Build.at(26, 5)),
                    FieldChange(
                        field: .product(.metadata("team")), before: .string("search"),
                        after: .string("discovery"),
                        range: Build.at(27, 17)),
                    FieldChange(field: .product(.metadata("owner")), before: .string("ana"), after: nil),
                ], range: Build.at(24, 3)),
            PlanAction(
                .replace(
                    .price(
                        FixtureDesired.searchUsageNewTiers,
                        impact: Build.impact("price_1Usage", ["active": 10, "trialing": 2, "canceled": 3])),
                    Replacement(
                        oldID: "price_1Usage", transfersLookupKey: true, repointsDefaultPrice: false)),
                address: Build.searchUsage, label: "Search API per call",
                reasons: [
                    ActionReason(
                        .forcesReplacement, "tiers cannot change on a Stripe price", field: "tiers",
                        range: Build.at(36, 9))
                ],
                changes: [
                    FieldChange(
                        field: .price(.nickname), before: .string("Search per call"),
                        after: .string("Search API per call"), range: Build.at(32, 9)),
                    FieldChange(
                        field: .price(.tiers),
                        before: Build.tiers("graduated", [(1000, "0", "0"), (nil, "0.2", "0")]),
                        after: Build.tiers(
                            "graduated", [(1000, "0", "0"), (100_000, "0.3", "0"), (nil, "0.25", "0")]),
                        forcesReplacement: true, range: Build.at(36, 9)),
                ], range: Build.at(31, 7)),
            PlanAction(
                .replace(
                    .price(
                        FixtureDesired.platformFeeRaised,
                        impact: Build.impact(
                            "price_1Platform", ["active": 40, "past_due": 2], policy: .migrateAtPeriodEnd,
                            proration: .noProrations, explicit: true)),
                    Replacement(
                        oldID: "price_1Platform", transfersLookupKey: true, repointsDefaultPrice: true)),
                address: Build.platformFee, label: "Platform fee",
                reasons: [
                    ActionReason(
                        .forcesReplacement, "unit_amount cannot change on a Stripe price",
                        field: "unit_amount", range: Build.at(46, 9))
                ],
                changes: [
                    FieldChange(
                        field: .price(.unitAmount), before: Build.flat("4900"), after: Build.flat("5900"),
                        forcesReplacement: true, range: Build.at(46, 9))
                ], range: Build.at(43, 7)),
            PlanAction(
                .replace(
                    .price(
                        FixtureDesired.seatsYearly,
                        impact: Build.impact(
                            "price_1Seats", ["active": 5], policy: .migrateNow, explicit: true)),
                    Replacement(
                        oldID: "price_1Seats", transfersLookupKey: true, repointsDefaultPrice: false)),
                address: Build.seats, label: "Seats",
                reasons: [
                    ActionReason(
                        .forcesReplacement, "unit_amount, recurring.interval cannot change on a Stripe price",
                        field: "unit_amount", range: Build.at(52, 9))
                ],
                changes: [
                    FieldChange(
                        field: .price(.unitAmount), before: Build.flat("1000"),
                        after: Build.flat("10000", per: "year"), forcesReplacement: true,
                        range: Build.at(52, 9)),
                    FieldChange(
                        field: .price(.recurringInterval), before: .string("month"), after: .string("year"),
                        forcesReplacement: true, range: Build.at(51, 9)),
                ], range: Build.at(50, 7)),
            PlanAction(
                .migrate(
                    Migration(
                        fromPriceID: "price_1Platform", toPrice: Build.platformFee,
                        policy: .migrateAtPeriodEnd,
                        proration: .noProrations,
                        items: Build.items(40, scheduled: 1, quantity: 1)
                            + Build.items(2, status: StripeEnum(.pastDue), from: 40, quantity: 1)),
                    impact: Build.impact(
                        "price_1Platform", ["active": 40, "past_due": 2], policy: .migrateAtPeriodEnd,
                        proration: .noProrations, explicit: true)),
                address: .subscriptions(of: Build.platformFee),
                label: "42 subscription item(s) of Platform fee",
                reasons: [
                    ActionReason(
                        .onChangePolicy, "on_change.subscribers is migrate_at_period_end (proration none)",
                        field: "on_change", range: Build.at(47, 9))
                ],
                changes: [
                    FieldChange(
                        field: .subscription(.price), before: .string("price_1Platform"),
                        after: .created(.price, Build.platformFee))
                ], range: Build.at(47, 9)),
            PlanAction(
                .migrate(
                    Migration(
                        fromPriceID: "price_1Seats", toPrice: Build.seats, policy: .migrateNow,
                        proration: .createProrations,
                        items: Build.items(5, from: 100, quantity: 3)),
                    impact: Build.impact("price_1Seats", ["active": 5], policy: .migrateNow, explicit: true)),
                address: .subscriptions(of: Build.seats), label: "5 subscription item(s) of Seats",
                reasons: [
                    ActionReason(
                        .onChangePolicy, "on_change.subscribers is migrate_now (proration create_prorations)",
                        field: "on_change", range: Build.at(53, 9))
                ],
                changes: [
                    FieldChange(
                        field: .subscription(.price), before: .string("price_1Seats"),
                        after: .created(.price, Build.seats))
                ], range: Build.at(53, 9)),
        ],
        fingerprints: [
            ObjectFingerprint(
                resource: .price, id: "price_1Platform", digest: String(repeating: "c3", count: 32)),
            ObjectFingerprint(
                resource: .price, id: "price_1Seats", digest: String(repeating: "d4", count: 32)),
            ObjectFingerprint(
                resource: .price, id: "price_1Usage", digest: String(repeating: "e5", count: 32)),
            ObjectFingerprint(
                resource: .product, id: "search_api", digest: String(repeating: "f6", count: 32)),
        ],
        statistics: PlanStatistics(requests: 9, minimumPages: 9))

    /// A meter whose aggregation changes: a new meter, the price on it replaced in cascade, and its
    /// subscribers migrated.
    static let meterCascade = Plan(
        context: Build.context,
        actions: [
            PlanAction(
                .replace(
                    .meter(
                        DesiredMeter(
                            key: "api_calls", displayName: "API calls", eventName: "api_calls_v2",
                            formula: .last, range: Build.at(14, 3))),
                    Replacement(
                        oldID: "mtr_1Calls", transfersLookupKey: false, repointsDefaultPrice: false)),
                address: .meter("api_calls"), label: "API calls",
                reasons: [
                    ActionReason(
                        .forcesReplacement,
                        "event_name, default_aggregation.formula cannot change on a Stripe meter; a new meter replaces mtr_1Calls and every price on it is replaced too",
                        field: "event_name", range: Build.at(14, 3))
                ],
                changes: [
                    FieldChange(
                        field: .meter(.eventName), before: .string("api_calls"),
                        after: .string("api_calls_v2"),
                        forcesReplacement: true, range: Build.at(16, 17)),
                    FieldChange(
                        field: .meter(.formula), before: .string("sum"), after: .string("last"),
                        forcesReplacement: true, range: Build.at(17, 13)),
                ], range: Build.at(14, 3)),
            PlanAction(
                .replace(
                    .price(
                        FixtureDesired.searchUsageOnNewMeter,
                        impact: Build.impact(
                            "price_1Usage", ["active": 7, "incomplete_expired": 1],
                            policy: .migrateAtPeriodEnd,
                            proration: .noProrations, explicit: true)),
                    Replacement(
                        oldID: "price_1Usage", transfersLookupKey: true, repointsDefaultPrice: true)),
                address: Build.searchUsage, label: "Search API per call",
                reasons: [
                    ActionReason(
                        .cascade, "its meter meters.api_calls is replaced", field: "recurring.meter",
                        range: Build.at(35, 9)),
                    ActionReason(
                        .forcesReplacement, "recurring.meter cannot change on a Stripe price",
                        field: "recurring.meter", range: Build.at(35, 9)),
                ],
                changes: [
                    FieldChange(
                        field: .price(.recurringMeter), before: .string("mtr_1Calls"),
                        after: .created(.meter, .meter("api_calls")), forcesReplacement: true,
                        range: Build.at(35, 9))
                ], range: Build.at(31, 7)),
            PlanAction(
                .migrate(
                    Migration(
                        fromPriceID: "price_1Usage", toPrice: Build.searchUsage, policy: .migrateAtPeriodEnd,
                        proration: .noProrations,
                        items: Build.items(7)),
                    impact: Build.impact(
                        "price_1Usage", ["active": 7, "incomplete_expired": 1], policy: .migrateAtPeriodEnd,
                        proration: .noProrations, explicit: true)),
                address: .subscriptions(of: Build.searchUsage),
                label: "7 subscription item(s) of Search API per call",
                reasons: [
                    ActionReason(
                        .onChangePolicy, "on_change.subscribers is migrate_at_period_end (proration none)",
                        field: "on_change", range: Build.at(41, 9))
                ],
                changes: [
                    FieldChange(
                        field: .subscription(.price), before: .string("price_1Usage"),
                        after: .created(.price, Build.searchUsage))
                ], range: Build.at(41, 9)),
        ],
        statistics: PlanStatistics(requests: 7, minimumPages: 7))
}
