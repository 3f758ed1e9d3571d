/// The company → Stripe customer mapping, read once from Stripe's customer list through
/// `id_mapping`, and which customers subscribe to a price of each meter.
package struct CustomerDirectory: Sendable, Hashable {
    /// The customer each company id maps to.
    package var customerByCompany: [String: String]
    /// Company ids that several customers carry; usage for them is held, not guessed.
    package var ambiguous: [String: [String]]
    /// Per meter event name, the customers with a live subscription on a price of that meter.
    package var subscribers: [String: Set<String>]

    package init(
        customerByCompany: [String: String] = [:], ambiguous: [String: [String]] = [:],
        subscribers: [String: Set<String>] = [:]
    ) {
        self.customerByCompany = customerByCompany
        self.ambiguous = ambiguous
        self.subscribers = subscribers
    }

    /// Builds the mapping from customers' mapped ids (`companyOf` returns the company id a customer
    /// carries, or `nil`); customers are visited in id order so the result is deterministic.
    package init(
        customers: [(id: String, company: String?)], subscribers: [String: Set<String>]
    ) {
        var byCompany: [String: [String]] = [:]
        for customer in customers.sorted(by: { $0.id < $1.id }) {
            guard let company = customer.company, !company.isEmpty else { continue }
            byCompany[company, default: []].append(customer.id)
        }
        var unique: [String: String] = [:]
        var shared: [String: [String]] = [:]
        for (company, ids) in byCompany {
            if ids.count == 1 { unique[company] = ids[0] } else { shared[company] = ids }
        }
        self.init(customerByCompany: unique, ambiguous: shared, subscribers: subscribers)
    }

    /// The company a customer maps from (the reverse mapping), for windows only the ledger knows.
    package func company(of customer: String) -> String? {
        customerByCompany.first { $0.value == customer }?.key
    }
}
