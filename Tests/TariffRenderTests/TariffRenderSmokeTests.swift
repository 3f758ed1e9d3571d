import Testing
@testable import TariffRender

@Test func TariffRenderModuleLoads() {
    #expect(Bool(true))
}
