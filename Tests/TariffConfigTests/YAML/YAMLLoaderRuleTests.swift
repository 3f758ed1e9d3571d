import Testing
import TariffConfig
import TariffDiagnostics

/// The loader's own rules on top of YAML: keys, aliases, documents, emptiness, limits.
@Suite struct YAMLLoaderRuleTests {
    @Test func duplicateKeysNameBothPlacesAndKeepTheFirst() {
        let (root, diagnostics) = YAMLTestSupport.load("a: 1\nb:\n  c: 1\n  c: 2\n\"a\": 3\n")
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                """
                4:3-4:4 yaml.duplicate-key: duplicate key 'c'; each key may appear only once in a mapping
                  note 3:3-3:4 'c' is first defined here
                """,
                """
                5:1-5:4 yaml.duplicate-key: duplicate key 'a'; each key may appear only once in a mapping
                  note 1:1-1:2 'a' is first defined here
                """,
            ])
        #expect(YAMLTestSupport.render(root) == "{a: 1, b: {c: 1}}")
    }

    @Test func sameKeyInDifferentMappingsIsFine() {
        let (root, diagnostics) = YAMLTestSupport.load("a: {name: x}\nb: {name: y}\n")
        #expect(diagnostics.isEmpty)
        #expect(YAMLTestSupport.render(root) == "{a: {name: x}, b: {name: y}}")
    }

    @Test func mergeKeysAreRejectedWithAdvice() {
        let (root, diagnostics) = YAMLTestSupport.load("base: &b {a: 1}\nx:\n  <<: *b\n  c: 2\n")
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "3:3-3:5 yaml.merge-key: merge keys ('<<') are not supported; write the keys out, "
                    + "or reuse a whole value with an alias ('key: *anchor')"
            ])
        #expect(YAMLTestSupport.render(root) == "{base: {a: 1}, x: {c: 2}}")
        // Quoted, it is an ordinary key.
        let (quoted, none) = YAMLTestSupport.load("'<<': 1\n")
        #expect(none.isEmpty)
        #expect(YAMLTestSupport.render(quoted) == "{'<<': 1}")
    }

    @Test func complexKeysAreRejected() {
        let (_, diagnostics) = YAMLTestSupport.load("? [a, b]\n: 1\n")
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "1:3-1:9 yaml.complex-key: a mapping key must be a plain string, not a sequence or mapping"
            ])
    }

    @Test func undefinedAliasIsAnError() {
        let (root, diagnostics) = YAMLTestSupport.load("a: *nope\nb: *x\nc: &x 1\n")
        #expect(root == nil)
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "1:4-1:9 yaml.undefined-alias: alias '*nope' refers to no anchor; define '&nope' before using it",
                "2:4-2:6 yaml.undefined-alias: alias '*x' refers to no anchor; define '&x' before using it",
            ])
    }

    @Test func recursiveAliasIsAnError() {
        let (root, diagnostics) = YAMLTestSupport.load("a: &x [1, *x]\n")
        #expect(root == nil)
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "1:11-1:13 yaml.undefined-alias: alias '*x' refers to the node that contains it; "
                    + "an alias cannot repeat its own ancestor"
            ])
    }

    @Test func secondDocumentIsRejectedAtItsMarker() {
        let (root, diagnostics) = YAMLTestSupport.load("a: 1\n---\nb: 2\n")
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "2:1-2:4 yaml.multiple-documents: a second YAML document starts here; Tariff reads "
                    + "one document per file, so remove this '---' or move what follows into its own file"
            ])
        #expect(YAMLTestSupport.render(root) == "{a: 1}")
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n\n# another\n", "---\n", "--- \n...\n", "   "])
    func emptyFileIsAnError(yaml: String) {
        let (root, diagnostics) = YAMLTestSupport.load(yaml)
        #expect(root == nil)
        #expect(
            diagnostics.map(YAMLTestSupport.describe) == [
                "1:1-1:1 yaml.empty: the file is empty; expected a mapping with `version: 1`"
            ])
    }
}
