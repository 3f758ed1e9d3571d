import Testing
@testable import TariffEmulator

@Test func TariffEmulatorModuleLoads() {
    #expect(Bool(true))
}
