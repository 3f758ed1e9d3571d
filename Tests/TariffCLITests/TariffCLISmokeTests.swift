import Testing
@testable import TariffCLI

@Test func TariffCLIModuleLoads() {
    #expect(Bool(true))
}
