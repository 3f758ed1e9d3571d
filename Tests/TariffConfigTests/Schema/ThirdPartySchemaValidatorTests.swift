import Foundation
import Testing

/// Python's `jsonschema` (a validator that is not ours) accepts every example under the
/// published schema: `scripts/check-schema.py`. Skipped where Python lacks `jsonschema` or
/// `yaml` (`pip install jsonschema pyyaml`).
@Suite struct ThirdPartySchemaValidatorTests {
    static func python(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = ConfigTestSupport.repositoryRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let pythonHasValidator = python(["-c", "import jsonschema, yaml"])?.status == 0

    @Test(.enabled(if: pythonHasValidator, "python3 with jsonschema and pyyaml is needed"))
    func examplesValidateWithJSONSchemaPackage() throws {
        let result = try #require(Self.python(["scripts/check-schema.py"]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("examples/api-business: valid"))
        #expect(result.output.contains("examples/minimal: valid"))
    }
}
