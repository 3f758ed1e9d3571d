import TariffDiagnostics

extension PlanBuilder {
    /// The id-mapping audit (DESIGN.md §4): subscribed customers of managed prices lacking the
    /// mapped company id, and company ids shared by several customers. `customer.id` mappings
    /// cannot fail, and customers whose metadata was not read are skipped.
    mutating func auditIDMapping() {
        guard let key = desired.idMapping.metadataKey else { return }
        let managedPrices = Set(live.prices.filter { index.isManaged($0.metadata) }.map(\.id))
        var metadataByCustomer: [String: [String: String]] = [:]
        for subscription in live.subscriptions
        where !SubscriberImpact.hasEnded(subscription.status)
            && subscription.items.contains(where: { managedPrices.contains($0.priceID) })
        {
            if let metadata = subscription.customerMetadata {
                metadataByCustomer[subscription.customerID] = metadata
            }
        }
        let field = desired.idMapping.companyField
        let range = desired.idMapping.range
        let severity: Severity = desired.idMapping.missingIsError ? .error : .warning
        var customersByCompany: [String: [String]] = [:]
        for customer in metadataByCustomer.keys.sorted() {
            guard let company = metadataByCustomer[customer]?[key], !company.isEmpty else {
                plan.findings.append(
                    AuditFinding(
                        kind: .missingCompanyID, severity: severity, customerIDs: [customer], field: field,
                        message: "customer \(customer) has a subscription on a managed price but no \(field)",
                        range: range))
                continue
            }
            customersByCompany[company, default: []].append(customer)
        }
        for company in customersByCompany.keys.sorted() {
            guard let customers = customersByCompany[company], customers.count > 1 else { continue }
            plan.findings.append(
                AuditFinding(
                    kind: .duplicateCompanyID, severity: .warning, customerIDs: customers, companyID: company,
                    field: field,
                    message:
                        "customers \(customers.joined(separator: ", ")) all map to company id '\(company)'",
                    range: range))
        }
        summariseFindings(range: range)
    }

    /// One diagnostic per kind of finding, so a large account does not flood stderr.
    private mutating func summariseFindings(range: SourceRange?) {
        let missing = plan.findings.filter { $0.kind == .missingCompanyID }
        if let first = missing.first {
            let sample = missing.prefix(3).flatMap(\.customerIDs).joined(separator: ", ")
            plan.diagnostics.append(
                Diagnostic(
                    first.severity, code: "audit.missing-company-id",
                    "\(missing.count) subscribed customer(s) lack \(first.field) (e.g. \(sample))", at: range,
                    notes: [DiagnosticNote("usage for them cannot be attributed to a company")]))
        }
        let duplicates = plan.findings.filter { $0.kind == .duplicateCompanyID }
        if !duplicates.isEmpty {
            plan.diagnostics.append(
                Diagnostic(
                    .warning, code: "audit.duplicate-company-id",
                    "\(duplicates.count) company id(s) are shared by several customers (e.g. '\(duplicates[0].companyID ?? "")')",
                    at: range))
        }
    }
}
