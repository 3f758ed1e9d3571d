import Foundation

/// The JSON form of ``RevenueReport`` (`kind: revenue`, `format_version: "2"`). Amounts are
/// integers in the currency's minor unit; MRR is rounded half up to one. Version 2 added
/// `usage` and `credits` to the amounts, each company's `usage` lines and `usage_source`.
struct RevenueDocument: Encodable {
    struct Period: Encodable {
        var month: String
        var start: Int
        var end: Int
    }

    struct Amounts: Encodable {
        var currency: String
        var mrr: Int
        var usage: Int
        var credits: Int
        var invoiced: Int
        var paid: Int
    }

    /// A meter's usage so far on one subscription item; `charge` is absent when the price is
    /// not offered in the subscription's currency.
    struct Usage: Encodable {
        var customer: String
        var subscription: String
        var meter: String
        var price: String
        var currency: String
        var quantity: Int64
        var charge: Int?
        var periodStart: Int
        var periodEnd: Int

        init(_ line: RevenueUsageCharge) {
            customer = line.usage.customer
            subscription = line.usage.subscription
            meter = line.usage.meterKey
            price = line.usage.priceKey
            currency = line.usage.currency
            quantity = line.usage.quantity
            charge = line.charge
            periodStart = line.usage.periodStart
            periodEnd = line.usage.periodEnd
        }

        enum CodingKeys: String, CodingKey {
            case customer, subscription, meter, price, currency, quantity, charge
            case periodStart = "period_start"
            case periodEnd = "period_end"
        }
    }

    struct Company: Encodable {
        var company: String?
        var customers: [String]
        var subscriptions: [String]
        var amounts: [Amounts]
        var usage: [Usage]

        init(_ revenue: CompanyRevenue) {
            company = revenue.company
            customers = revenue.customers
            subscriptions = revenue.subscriptions
            amounts = RevenueDocument.amounts(revenue.amounts)
            usage = revenue.usage.map(Usage.init)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(company, forKey: .company)
            try container.encode(customers, forKey: .customers)
            try container.encode(subscriptions, forKey: .subscriptions)
            try container.encode(amounts, forKey: .amounts)
            try container.encode(usage, forKey: .usage)
        }

        enum CodingKeys: String, CodingKey { case company, customers, subscriptions, amounts, usage }
    }

    var kind = "revenue"
    var formatVersion = "2"
    var period: Period
    var usageSource: String
    var companies: [Company]
    var withoutCompany: Company
    var totals: [Amounts]
    var notShown = RevenueFormat.notShown

    init(_ report: RevenueReport) {
        period = Period(month: report.period.name, start: report.period.start, end: report.period.end)
        usageSource = report.usageSource.rawValue
        companies = report.companies.map(Company.init)
        withoutCompany = Company(report.withoutCompany)
        totals = Self.amounts(report.totals)
    }

    static func amounts(_ byCurrency: [String: RevenueAmounts]) -> [Amounts] {
        byCurrency.keys.sorted().compactMap { currency in
            byCurrency[currency].map {
                Amounts(
                    currency: currency, mrr: Money.rounded($0.mrr), usage: $0.usage, credits: $0.credits,
                    invoiced: $0.invoiced, paid: $0.paid)
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, period, companies, totals
        case formatVersion = "format_version"
        case withoutCompany = "without_company"
        case usageSource = "usage_source"
        case notShown = "not_shown"
    }
}
