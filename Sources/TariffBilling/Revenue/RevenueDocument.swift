import Foundation

/// The JSON form of ``RevenueReport`` (`kind: revenue`, `format_version: "1"`). Amounts are
/// integers in the currency's minor unit; MRR is rounded half up to one.
struct RevenueDocument: Encodable {
    struct Period: Encodable {
        var month: String
        var start: Int
        var end: Int
    }

    struct Amounts: Encodable {
        var currency: String
        var mrr: Int
        var invoiced: Int
        var paid: Int
    }

    struct Company: Encodable {
        var company: String?
        var customers: [String]
        var subscriptions: [String]
        var amounts: [Amounts]

        init(_ revenue: CompanyRevenue) {
            company = revenue.company
            customers = revenue.customers
            subscriptions = revenue.subscriptions
            amounts = RevenueDocument.amounts(revenue.amounts)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(company, forKey: .company)
            try container.encode(customers, forKey: .customers)
            try container.encode(subscriptions, forKey: .subscriptions)
            try container.encode(amounts, forKey: .amounts)
        }

        enum CodingKeys: String, CodingKey { case company, customers, subscriptions, amounts }
    }

    var kind = "revenue"
    var formatVersion = "1"
    var period: Period
    var companies: [Company]
    var withoutCompany: Company
    var totals: [Amounts]
    var notShown = RevenueFormat.notShown

    init(_ report: RevenueReport) {
        period = Period(month: report.period.name, start: report.period.start, end: report.period.end)
        companies = report.companies.map(Company.init)
        withoutCompany = Company(report.withoutCompany)
        totals = Self.amounts(report.totals)
    }

    static func amounts(_ byCurrency: [String: RevenueAmounts]) -> [Amounts] {
        byCurrency.keys.sorted().compactMap { currency in
            byCurrency[currency].map {
                Amounts(currency: currency, mrr: Money.rounded($0.mrr), invoiced: $0.invoiced, paid: $0.paid)
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, period, companies, totals
        case formatVersion = "format_version"
        case withoutCompany = "without_company"
        case notShown = "not_shown"
    }
}
