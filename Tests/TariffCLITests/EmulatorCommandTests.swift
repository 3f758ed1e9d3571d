import ArgumentParser
import Testing
import TariffEmulator

@testable import TariffCLI

@Suite("tariff emulator")
struct EmulatorCommandTests {
    @Test func flagsOverrideTheEnvironment() throws {
        let command = try EmulatorCommand.parse([
            "--port", "0", "--latency-ms", "15", "--fault", "429-every=4", "--seed", "7",
        ])
        let configuration = try command.emulatorConfiguration(environment: [
            "TARIFF_EMULATOR_FAULTS": "429-every=2,drop-every=3",
            "TARIFF_EMULATOR_RESTRICTED_KEYS": "rk_test_ro=plan_read+product_read; rk_test_w=plan_write",
        ])
        #expect(
            configuration.faults
                == EmulatorFaults(latency: .milliseconds(15), rateLimitEvery: 4, dropAfterCommitEvery: 3))
        #expect(
            configuration.restrictedKeyPermissions == [
                "rk_test_ro": ["plan_read", "product_read"], "rk_test_w": ["plan_write"],
            ])
        #expect(configuration.seed == 7)
    }

    @Test(arguments: [["--port", "70000"], ["--latency-ms", "-1"]])
    func rejectsBadFlags(arguments: [String]) {
        #expect(throws: (any Error).self) { try EmulatorCommand.parse(arguments) }
    }

    @Test(arguments: [
        ["TARIFF_EMULATOR_FAULTS": "teapot=1"], ["TARIFF_EMULATOR_RESTRICTED_KEYS": "sk_test_x=plan_read"],
        ["TARIFF_EMULATOR_METER_EVENT_LAG": "-5"], ["TARIFF_EMULATOR_NOW": "yesterday"],
    ])
    func rejectsBadEnvironment(environment: [String: String]) throws {
        let command = try EmulatorCommand.parse([])
        #expect(throws: ValidationError.self) { try command.emulatorConfiguration(environment: environment) }
    }

    @Test func usageSettingsComeFromTheEnvironment() throws {
        let configuration = try EmulatorCommand.parse([]).emulatorConfiguration(environment: [
            "TARIFF_EMULATOR_METER_EVENT_LAG": "90", "TARIFF_EMULATOR_NOW": "2026-12-01T00:00:00Z",
        ])
        #expect(configuration.usage.summaryLag == 90)
        #expect(configuration.usage.clock.now() == 1_796_083_200)
        let unset = try EmulatorCommand.parse([]).emulatorConfiguration(environment: [:])
        #expect(unset.usage == EmulatorUsageSettings())
    }
}
