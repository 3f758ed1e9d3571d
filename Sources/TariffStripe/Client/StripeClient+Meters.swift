// Typed calls for billing meters and webhook endpoints.

extension StripeClient {
    /// Every billing meter, active and inactive (no `status` filter returns both).
    package func listAllMeters() async throws -> [StripeMeter] {
        try await listAll("/v1/billing/meters")
    }

    /// `GET /v1/billing/meters/{id}`.
    package func retrieveMeter(_ id: String) async throws -> StripeMeter {
        try await get(StripePath.make("/v1/billing/meters", id))
    }

    /// `POST /v1/billing/meters`.
    package func createMeter(_ params: MeterCreateParams, idempotencyKey: String? = nil) async throws
        -> StripeMeter
    {
        try await post("/v1/billing/meters", form: params, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/billing/meters/{id}`: the display name is the only mutable field.
    package func updateMeter(
        _ id: String, _ params: MeterUpdateParams, idempotencyKey: String? = nil
    ) async throws -> StripeMeter {
        try await post(
            StripePath.make("/v1/billing/meters", id), form: params, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/billing/meters/{id}/deactivate`: meters cannot be deleted.
    package func deactivateMeter(_ id: String, idempotencyKey: String? = nil) async throws -> StripeMeter {
        try await post(
            StripePath.make("/v1/billing/meters", id, "deactivate"), idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/billing/meters/{id}/reactivate`.
    package func reactivateMeter(_ id: String, idempotencyKey: String? = nil) async throws -> StripeMeter {
        try await post(
            StripePath.make("/v1/billing/meters", id, "reactivate"), idempotencyKey: idempotencyKey)
    }

    /// Every webhook endpoint of the account.
    package func listAllWebhookEndpoints() async throws -> [StripeWebhookEndpoint] {
        try await listAll("/v1/webhook_endpoints")
    }

    /// `POST /v1/webhook_endpoints`; only this response carries the signing `secret`.
    package func createWebhookEndpoint(
        _ params: WebhookEndpointCreateParams, idempotencyKey: String? = nil
    ) async throws -> StripeWebhookEndpoint {
        try await post("/v1/webhook_endpoints", form: params, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/webhook_endpoints/{id}`.
    package func updateWebhookEndpoint(
        _ id: String, _ params: WebhookEndpointUpdateParams, idempotencyKey: String? = nil
    ) async throws -> StripeWebhookEndpoint {
        try await post(
            StripePath.make("/v1/webhook_endpoints", id), form: params, idempotencyKey: idempotencyKey)
    }

    /// `DELETE /v1/webhook_endpoints/{id}`.
    package func deleteWebhookEndpoint(_ id: String) async throws -> StripeDeletedObject {
        try await delete(StripePath.make("/v1/webhook_endpoints", id))
    }
}
