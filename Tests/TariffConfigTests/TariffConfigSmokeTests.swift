import Testing
@testable import TariffConfig

@Test func TariffConfigModuleLoads() {
    #expect(Bool(true))
}
