import Testing
import TariffConfig
import TariffDiagnostics

/// Nasty inputs: the loader must return (never crash or hang), and a missing tree always
/// comes with an error that has a location in the file.
@Suite struct YAMLLoaderRobustnessTests {
    static let nasty: [String] = [
        "*a", "&a", "&a *a", "!", "!<tag:x> a", "%TAG ! tag:x,2000:\n---\na: 1",
        "%YAML 1.1\n%YAML 1.1\n---\na", "---\n...\n---\n...", "[", "]", "{", "}", "{a: [}", "? ? ? a",
        "- - - - -", ": : :", "a: |\n\t x", "a: >-2\n  x", "'", "\"\\", "\"\\x4\"", "\"\\uD800\"",
        "a: b\n  - c", "\u{FEFF}\u{FEFF}a: 1", "a:\r\n  b: 1\r\n c: 2", "\u{2028}a: 1",
        "a: \u{FFFE}", "a: &x\n  - *x", "[*x, &x 1]", "{? a}", "a: {b: 1, b: 2}",
        String(repeating: "a: 1\n", count: 3), String(repeating: "- ", count: 5_000) + "x",
        String(repeating: "x", count: 200_000), String(repeating: "{a: ", count: 3_000),
        String(repeating: "&a [*a, ", count: 50),
    ]

    @Test(arguments: nasty)
    func nastyInputNeverCrashes(yaml: String) {
        check(Array(yaml.utf8))
    }

    @Test func everyPrefixOfARealisticConfigIsHandled() {
        let config = """
            version: 1
            stripe:
              api_key: env:STRIPE_API_KEY   # never a literal key
              mode: test
            meters:
              api_calls: &meter
                display_name: "API calls"
                event_name: api_call
            products:
              search:
                name: 'Search API'
                prices:
                  - {nickname: Usage, currency: usd, tiers: [{up_to: 1000, unit_amount: 0}]}
                  - nickname: |
                      Flat
                    meter: *meter
            """
        let bytes = Array(config.utf8)
        for length in 0...bytes.count {
            check(Array(bytes.prefix(length)))
        }
    }

    @Test func randomBytesAndTokensNeverCrash() {
        var random = SplitMix64(seed: 0x7A71FF)
        let alphabet = Array("[]{}:,-?&*!|>'\"#%@` \n\t\ra1é".utf8)
        for _ in 0..<400 {
            let count = Int(random.next() % 80)
            let bytes = (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            check(bytes)
        }
        for _ in 0..<100 {
            let count = Int(random.next() % 64)
            check((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        }
    }

    /// Loads the bytes and checks the invariant: no tree means at least one located error.
    private func check(_ bytes: [UInt8]) {
        let (root, diagnostics) = YAMLTestSupport.load(bytes: bytes)
        if root == nil {
            #expect(diagnostics.contains { $0.severity == .error && $0.range != nil }, "\(bytes)")
        }
        for diagnostic in diagnostics {
            if let range = diagnostic.range {
                #expect(range.start.line >= 1 && range.start.column >= 1, "\(bytes)")
            }
        }
    }
}

/// A small deterministic generator, so that failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49EB_133B_A133
        return z ^ (z >> 31)
    }
}
