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
        // The expansion itself sits at the alias; what is inside it, at the anchor's text.
        #expect(YAMLTestSupport.location(YAMLTestSupport.value(root, "other")?.range) == "2:8-2:10")
        #expect(YAMLTestSupport.location(YAMLTestSupport.value(root, "base")?.range) == "1:7-1:42")
        #expect(
            YAMLTestSupport.location(YAMLTestSupport.value(root, "other", "currency")?.range) == "1:21-1:24")
        #expect(YAMLTestSupport.location(YAMLTestSupport.value(root, "copy")?.range) == "4:7-4:9")
    }

    @Test func keyRepeatedThroughAnAliasIsADuplicateAtTheAlias() {
        let (root, diagnostics) = YAMLTestSupport.load("&k name: 1\n*k : 2\n")
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                """
                2:1-2:3 yaml.duplicate-key: duplicate key 'name'; each key may appear only once in a mapping
                  note 1:1-1:8 'name' is first defined here
                """
            ])
        #expect(YAMLTestSupport.render(root) == "{name: 1}")
    }

    @Test func windowsLineEndingsAndBlockRanges() {
        let (root, diagnostics) = YAMLTestSupport.load(
            "a:\r\n  - x\r\n  - y\r\n\r\n# c\r\nb: |\r\n  text\r\nc: {}\r\n")
        #expect(diagnostics.isEmpty)
        let location = YAMLTestSupport.location
        #expect(location(YAMLTestSupport.value(root, "a")?.range) == "2:3-3:6")
        #expect(location(YAMLTestSupport.key(root, "b")?.range) == "6:1-6:2")
        // libyaml ends a block scalar where the next line starts.
        #expect(location(YAMLTestSupport.value(root, "b")?.range) == "6:4-8:1")
        #expect(location(YAMLTestSupport.value(root, "c")?.range) == "8:4-8:6")
        #expect(YAMLTestSupport.render(root) == "{a: [x, y], b: |text\n, c: {}}")
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
