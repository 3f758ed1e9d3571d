import Testing
@testable import TariffStripe

@Test func TariffStripeModuleLoads() {
    #expect(Bool(true))
}
