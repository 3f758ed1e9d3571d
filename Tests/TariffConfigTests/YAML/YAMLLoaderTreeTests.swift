import Testing
import TariffConfig
import TariffDiagnostics

/// What a well-formed document loads into: values, styles, tags and ranges.
@Suite struct YAMLLoaderTreeTests {
    static let config = """
        version: 1
        products:
          search:
            name: "Search API"
            prices: [a, 'b']
        """

    @Test func loadsTheTree() {
        let (root, diagnostics) = YAMLTestSupport.load(Self.config)
        #expect(diagnostics.isEmpty)
        #expect(
            YAMLTestSupport.render(root)
                == "{version: 1, products: {search: {name: \"Search API\", prices: [a, 'b']}}}")
    }

    @Test func everyNodeAndKeyHasItsRange() {
        let (root, _) = YAMLTestSupport.load(Self.config)
        let location = YAMLTestSupport.location
        #expect(location(root?.range) == "1:1-5:21")
        #expect(location(YAMLTestSupport.key(root, "version")?.range) == "1:1-1:8")
        #expect(location(YAMLTestSupport.value(root, "version")?.range) == "1:10-1:11")
        #expect(location(YAMLTestSupport.key(root, "products")?.range) == "2:1-2:9")
        // A block mapping ends with its last character, not where the next token starts.
        #expect(location(YAMLTestSupport.value(root, "products")?.range) == "3:3-5:21")
        #expect(location(YAMLTestSupport.value(root, "products", "search", "name")?.range) == "4:11-4:23")
        #expect(location(YAMLTestSupport.key(root, "products", "search", "prices")?.range) == "5:5-5:11")
        #expect(location(YAMLTestSupport.value(root, "products", "search", "prices")?.range) == "5:13-5:21")
        #expect(root?.range.file == "t.yaml")
    }

    @Test func columnsCountCharactersNotBytes() {
        let (root, _) = YAMLTestSupport.load("name: é ü\nx: 1\nü: [é, z]\n")
        #expect(YAMLTestSupport.location(YAMLTestSupport.value(root, "name")?.range) == "1:7-1:10")
        #expect(YAMLTestSupport.location(YAMLTestSupport.value(root, "ü")?.range) == "3:4-3:10")
    }

    @Test func noImplicitTyping() {
        let (root, diagnostics) = YAMLTestSupport.load(
            "nickname: no\ncount: 1_0\nnothing: ~\nhex: 0x1F\nday: 2024-01-01\ntime: 1:30\nempty:\n")
        #expect(diagnostics.isEmpty)
        #expect(
            YAMLTestSupport.render(root)
                == "{nickname: no, count: 1_0, nothing: ~, hex: 0x1F, day: 2024-01-01, time: 1:30, empty: }")
    }

    @Test func scalarStylesAndTagsAreKept() {
        let (root, _) = YAMLTestSupport.load(
            "a: !!str 5\nb: |\n  line\nc: >\n  folded\n  text\nd: 'it''s'\ne: \"tab\\there\"\nf: !custom x\n")
        #expect(
            YAMLTestSupport.render(root)
                == "{a: 5, b: |line\n, c: >folded text\n, d: 'it's', e: \"tab\there\", f: x}")
        #expect(YAMLTestSupport.value(root, "a")?.tag == "!!str")
        #expect(YAMLTestSupport.value(root, "f")?.tag == "!custom")
        #expect(YAMLTestSupport.value(root, "b")?.tag == nil)
    }

    @Test func aliasesAreExpandedWithTheAnchorsRanges() {
        let (root, diagnostics) = YAMLTestSupport.load(
            "base: &b {currency: usd, interval: month}\nother: *b\nname: &n Search\ncopy: *n\n")
        #expect(diagnostics.isEmpty)
        #expect(
            YAMLTestSupport.render(root)
                == "{base: {currency: usd, interval: month}, other: {currency: usd, interval: month}, "
                + "name: Search, copy: Search}")
        #expect(YAMLTestSupport.location(YAMLTestSupport.value(root, "other")?.range) == "1:7-1:42")
    }

    @Test func anchorsMayBeRedefined() {
        let (root, diagnostics) = YAMLTestSupport.load("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
        #expect(diagnostics.isEmpty)
        #expect(YAMLTestSupport.render(root) == "{a: 1, b: 1, c: 2, d: 2}")
    }

    @Test func byteOrderMarkIsIgnored() {
        let (root, diagnostics) = YAMLTestSupport.load(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(YAMLTestSupport.location(YAMLTestSupport.key(root, "a")?.range) == "1:1-1:2")
    }

    @Test func explicitDocumentMarkersAreFine() {
        let (root, diagnostics) = YAMLTestSupport.load("# header\n---\na: 1\n...\n")
        #expect(diagnostics.isEmpty)
        #expect(YAMLTestSupport.render(root) == "{a: 1}")
    }

    @Test func quotedEmptyDocumentIsNotEmpty() {
        let (root, diagnostics) = YAMLTestSupport.load("''\n")
        #expect(diagnostics.isEmpty)
        #expect(YAMLTestSupport.render(root) == "''")
    }
}
