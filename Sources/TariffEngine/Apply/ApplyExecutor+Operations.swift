import TariffStripe

// What each kind of step sends. Every step is written to converge: run again after a crash it
// either replays Stripe's stored answer (same idempotency key) or finds the work done.

extension ApplyExecutor {
    /// Sends a step's requests; returns the id of the object created or changed.
    func perform(_ step: ApplyStep, context: ApplyRunContext) async throws -> String? {
        let ids = context.ids
        switch step.operation {
        case .createMeter(let meter):
            let created = try await client.createMeter(ApplyParams.meter(meter), idempotencyKey: key(step))
            await ids.record(step.address, created.id)
            return created.id
        case .updateMeter(let id, let displayName, let reactivate):
            if reactivate { try await reactivateMeter(id, step: step) }
            if let displayName {
                _ = try await client.updateMeter(
                    id, MeterUpdateParams(displayName: displayName), idempotencyKey: key(step, "rename"))
            }
            return id
        case .deactivateMeter(let id):
            try await deactivateMeter(id, step: step)
            return id
        case .createProduct(let product):
            let id = try await createProduct(product, step: step)
            await ids.record(step.address, id)
            return id
        case .updateProduct(let id, let changes):
            return try await client.updateProduct(
                id, ApplyParams.productUpdate(changes), idempotencyKey: key(step)
            ).id
        case .archiveProduct(let id):
            return try await client.updateProduct(
                id, ProductUpdateParams(active: false), idempotencyKey: key(step)
            ).id
        case .createPrice(let price, _):
            let productID = try await ids.resolve(.product(price.productKey))
            var meterIDs: [ResourceAddress: String] = [:]
            if let meter = price.recurring?.meter { meterIDs[meter] = try await ids.resolve(meter) }
            let params = try ApplyParams.price(price, productID: productID) { address in
                guard let id = meterIDs[address] else { throw ApplyStepError.unresolved(address) }
                return id
            }
            let created = try await client.createPrice(params, idempotencyKey: key(step))
            await ids.record(step.address, created.id)
            return created.id
        case .updatePrice(let id, let changes):
            return try await client.updatePrice(
                id, ApplyParams.priceUpdate(changes), idempotencyKey: key(step)
            ).id
        case .archivePrice(let id):
            return try await client.updatePrice(
                id, PriceUpdateParams(active: false), idempotencyKey: key(step)
            ).id
        case .setDefaultPrice(let product, let productID, let price):
            let resolvedProduct: String
            if let productID {
                resolvedProduct = productID
            } else {
                resolvedProduct = try await ids.resolve(product)
            }
            guard let price else {
                _ = try await client.updateProduct(
                    resolvedProduct, ProductUpdateParams(defaultPrice: .clear), idempotencyKey: key(step))
                return resolvedProduct
            }
            let priceID = try await ids.resolve(price)
            _ = try await client.updateProduct(
                resolvedProduct, ProductUpdateParams(defaultPrice: .set(priceID)), idempotencyKey: key(step))
            return priceID
        case .createWebhook(let webhook):
            let created = try await client.createWebhookEndpoint(
                ApplyParams.webhook(webhook), idempotencyKey: key(step))
            await ids.record(step.address, created.id)
            try await deliverSecret(of: created, context: context)
            return created.id
        case .updateWebhook(let id, let changes):
            return try await client.updateWebhookEndpoint(
                id, ApplyParams.webhookUpdate(changes), idempotencyKey: key(step)
            ).id
        case .disableWebhook(let id):
            return try await client.updateWebhookEndpoint(
                id, WebhookEndpointUpdateParams(disabled: true), idempotencyKey: key(step)
            ).id
        case .migrateNow(let item, _, let to, let proration):
            let priceID = try await ids.resolve(to)
            let params = SubscriptionItemUpdateParams(
                price: priceID, quantity: item.quantity,
                prorationBehavior: proration)
            return try await client.updateSubscriptionItem(item.itemID, params, idempotencyKey: key(step)).id
        case .migrateAtPeriodEnd(let subscription, let hasSchedule, let moves, let proration):
            var targets: [String: String] = [:]
            for move in moves { targets[move.from] = try await ids.resolve(move.to) }
            let unquantified = Set(moves.filter { !$0.keepsQuantity }.map(\.from))
            return try await scheduleMigration(
                subscription, hasSchedule: hasSchedule, targets: targets, unquantified: unquantified,
                proration: proration, step: step, context: context)
        }
    }

    /// Creates the product under its YAML key; if a product with that id exists already (a crash
    /// after the create, or a product recreated by hand), brings it to the desired state instead.
    private func createProduct(_ product: DesiredProduct, step: ApplyStep) async throws -> String {
        do {
            return try await client.createProduct(ApplyParams.product(product), idempotencyKey: key(step)).id
        } catch let error as StripeError where error.code == "resource_already_exists" {
            return try await client.updateProduct(
                product.key, ApplyParams.productUpdate(product), idempotencyKey: key(step, "existing")
            ).id
        }
    }

    /// Deactivates a meter; one that is already inactive counts as done.
    private func deactivateMeter(_ id: String, step: ApplyStep) async throws {
        do {
            _ = try await client.deactivateMeter(id, idempotencyKey: key(step))
        } catch let error as StripeError where error.kind == .invalidRequest {
            guard try await client.retrieveMeter(id).status.known == .inactive else { throw error }
        }
    }

    /// Reactivates a meter; one that is already active counts as done.
    private func reactivateMeter(_ id: String, step: ApplyStep) async throws {
        do {
            _ = try await client.reactivateMeter(id, idempotencyKey: key(step, "reactivate"))
        } catch let error as StripeError where error.kind == .invalidRequest {
            guard try await client.retrieveMeter(id).status.known == .active else { throw error }
        }
    }

    /// Hands a new endpoint's signing secret to the sink, or warns that nobody asked for it.
    private func deliverSecret(of endpoint: StripeWebhookEndpoint, context: ApplyRunContext) async throws {
        guard let secret = endpoint.secret else {
            await context.warn(
                "webhook endpoint \(endpoint.id) was created, but Stripe's answer held no signing secret (a replayed request?); roll the secret in the Dashboard if you need it"
            )
            return
        }
        guard let sink = options.webhookSecret else {
            await context.warn(
                "the signing secret of the new webhook endpoint \(endpoint.id) was not saved and cannot be read back from Stripe; use --webhook-secret-out FILE next time, or roll the secret in the Dashboard"
            )
            return
        }
        do {
            try sink(secret)
        } catch {
            throw ApplyStepError.secretNotWritten(endpoint: endpoint.id, reason: String(describing: error))
        }
    }
}
