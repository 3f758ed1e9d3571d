import TariffConfig
import Testing

/// `YAMLEmitter`: libyaml's emitter spells a `YAMLOutput` tree so that Tariff's loader reads
/// back exactly the values written.
@Suite("YAML emitter")
struct YAMLEmitterTests {
    /// Emits `document` and loads the text back, as the compact rendering of `YAMLTestSupport`.
    static func roundTrip(_ document: YAMLOutput) throws -> (text: String, loaded: String) {
        let text = try YAMLEmitter.emit(document)
        let (root, diagnostics) = YAMLTestSupport.load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(YAMLTestSupport.describe))\n\(text)")
        return (text, YAMLTestSupport.render(root))
    }

    @Test func freeTextStaysTheSameString() throws {
        let tricky = [
            "Pro: \"best\" #1\n", "true", "null", "- dash", "a\\b", "tab\there", "émoji 🎉", "", "0100",
        ]
        let document = YAMLOutput.mapping(
            tricky.enumerated().map { .init("k\($0.offset)", .text($0.element)) })
        let (_, loaded) = try Self.roundTrip(document)
        let expected = tricky.enumerated().map { "k\($0.offset): \"\($0.element)\"" }.joined(separator: ", ")
        #expect(loaded == "{\(expected)}")
    }

    @Test(arguments: [
        ("search_api", true), ("prod_ZZY4D0MG5p2R0aSzFMFa9yIS", true), ("true", false), ("No", false),
        ("null", false), ("123", false), ("1.5", false), ("seats volume", false), ("-x", false), ("", false),
    ])
    func identifiersArePlainOnlyWhenTheyReadAsStrings(_ value: String, _ plain: Bool) throws {
        #expect(YAMLOutput.isPlainIdentifier(value) == plain)
        let (_, loaded) = try Self.roundTrip(.mapping([.init(.identifier(value), .word("1"))]))
        #expect(loaded == (plain ? "{\(value): 1}" : "{\"\(value)\": 1}"))
    }

    @Test func blocksFlowsAndCommentsLookLikeAHandWrittenConfig() throws {
        let document = YAMLOutput.mapping([
            .init("version", .word("1")),
            .init(
                "products",
                .mapping([
                    .init(
                        "data_api",
                        .mapping([
                            .init("name", .text("Data API")),
                            .init(
                                "graduated",
                                .sequence([
                                    .mapping(
                                        [.init("up_to", .word("1000")), .init("unit_amount", .word("0"))],
                                        flow: true),
                                    .mapping(
                                        [.init("up_to", .word("inf")), .init("unit_amount", .text("0.2"))],
                                        flow: true),
                                ])),
                        ]))
                ])),
        ])
        let text = try YAMLEmitter.emit(document, comments: ["Written by a test."])
        #expect(
            text == """
                # Written by a test.
                version: 1
                products:
                  data_api:
                    name: "Data API"
                    graduated:
                    - {up_to: 1000, unit_amount: 0}
                    - {up_to: inf, unit_amount: "0.2"}

                """)
    }
}
