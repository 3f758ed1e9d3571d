package import TariffStripe

/// A `StripeTransport` that sends each attempt through an `ApplyThrottle`.
///
/// It sits under the client's retry loop, so every attempt — retries included — takes a slot, and
/// a 429 seen by any request narrows the whole stage.
package struct ThrottlingTransport: StripeTransport {
    package let base: any StripeTransport
    package let throttle: ApplyThrottle

    package init(base: any StripeTransport, throttle: ApplyThrottle) {
        self.base = base
        self.throttle = throttle
    }

    package func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse {
        await throttle.acquire()
        do {
            let response = try await base.send(request, timeout: timeout)
            await throttle.release(rateLimited: response.status == 429)
            return response
        } catch {
            await throttle.release(rateLimited: false)
            throw error
        }
    }
}
