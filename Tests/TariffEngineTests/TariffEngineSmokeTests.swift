import Testing
@testable import TariffEngine

@Test func TariffEngineModuleLoads() {
    #expect(Bool(true))
}
