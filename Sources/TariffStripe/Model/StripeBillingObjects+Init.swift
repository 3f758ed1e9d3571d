// Memberwise initialisers for accounts, customers and subscriptions, for hand-built test state.

extension StripeAccount {
    package init(
        id: String, displayName: String? = nil, email: String? = nil, country: String? = nil,
        defaultCurrency: String? = nil, chargesEnabled: Bool? = nil, detailsSubmitted: Bool? = nil,
        livemode: Bool? = false
    ) {
        self.id = id
        self.displayName = displayName
        self.email = email
        self.country = country
        self.defaultCurrency = defaultCurrency
        self.chargesEnabled = chargesEnabled
        self.detailsSubmitted = detailsSubmitted
        self.livemode = livemode
    }
}

extension StripeCustomer {
    package init(
        id: String, email: String? = nil, name: String? = nil, description: String? = nil,
        metadata: [String: String] = [:], balance: Int? = 0, currency: String? = nil, created: Int = 0,
        livemode: Bool = false
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.description = description
        self.metadata = metadata
        self.balance = balance
        self.currency = currency
        self.created = created
        self.livemode = livemode
    }
}

extension StripeCustomerBalanceTransaction {
    package init(
        id: String, amount: Int, currency: String, customer: String, description: String? = nil,
        type: StripeEnum<StripeBalanceTransactionType> = StripeEnum(.adjustment), endingBalance: Int? = nil,
        metadata: [String: String] = [:], created: Int = 0, livemode: Bool = false
    ) {
        self.id = id
        self.amount = amount
        self.currency = currency
        self.customer = customer
        self.description = description
        self.type = type
        self.endingBalance = endingBalance
        self.metadata = metadata
        self.created = created
        self.livemode = livemode
    }
}

extension StripeSubscription {
    package init(
        id: String, customer: StripeExpandable<StripeCustomer>,
        status: StripeEnum<StripeSubscriptionStatus> = StripeEnum(.active),
        items: StripeList<StripeSubscriptionItem>,
        schedule: String? = nil, currentPeriodStart: Int? = nil, currentPeriodEnd: Int? = nil,
        cancelAtPeriodEnd: Bool? = false, currency: String? = nil,
        billingMode: StripeEnum<StripeBillingMode>? = nil, metadata: [String: String] = [:],
        created: Int = 0, livemode: Bool = false
    ) {
        self.id = id
        self.customer = customer
        self.currency = currency
        self.billingMode = billingMode
        self.status = status
        self.items = items
        self.schedule = schedule
        self.currentPeriodStart = currentPeriodStart
        self.currentPeriodEnd = currentPeriodEnd
        self.cancelAtPeriodEnd = cancelAtPeriodEnd
        self.metadata = metadata
        self.created = created
        self.livemode = livemode
    }
}

extension StripeSubscriptionItem {
    package init(
        id: String, price: StripePrice, quantity: Int? = nil, subscription: String? = nil,
        currentPeriodStart: Int? = nil, currentPeriodEnd: Int? = nil, metadata: [String: String] = [:],
        created: Int? = nil
    ) {
        self.id = id
        self.price = price
        self.quantity = quantity
        self.subscription = subscription
        self.currentPeriodStart = currentPeriodStart
        self.currentPeriodEnd = currentPeriodEnd
        self.metadata = metadata
        self.created = created
    }
}
