import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// The bad-input corpus in `Fixtures/yaml/`: each file, read from disk through
/// `ConfigSources.load`, gives exactly these diagnostics (location, code, message, notes).
@Suite struct YAMLFixtureTests {
    static let syntax = "yaml.syntax: invalid YAML:"
    static let tabs = "YAML does not allow tabs for indentation; replace the tab with spaces."
    static let unclosedQuote =
        "found unexpected end of stream while scanning a quoted scalar. A quoted string is never "
        + "closed; add the closing quote."
    static let quotedNote = "this happened while scanning a quoted scalar that starts here"
    static let blockMappingNote = "this happened while parsing a block mapping that starts here"
    static let empty = "1:1-1:1 yaml.empty: the file is empty; expected a mapping with `version: 1`"
    static let notUTF8 = "cannot appear here; re-save the file with UTF-8 encoding"
    static let notMapping = "expected a mapping of keys such as `version: 1`"

    static let cases: [(String, [String])] = [
        (
            "tab-indentation.yaml",
            [
                "3:1-3:2 \(syntax) found character that cannot start any token while scanning for the next token. \(tabs)"
            ]
        ),
        (
            "unclosed-double-quote.yaml",
            ["6:1-6:2 \(syntax) \(unclosedQuote)\n  note 4:11-4:12 \(quotedNote)"]
        ),
        (
            "unclosed-single-quote.yaml",
            ["5:1-5:2 \(syntax) \(unclosedQuote)\n  note 4:11-4:12 \(quotedNote)"]
        ),
        (
            "bad-indentation.yaml",
            [
                "5:4-5:5 \(syntax) did not find expected key while parsing a block mapping. This line is "
                    + "not indented like the keys of its mapping; line it up with its sibling keys, or "
                    + "indent it further to nest it.\n  note 3:3-3:4 \(blockMappingNote)"
            ]
        ),
        (
            "sequence-in-mapping.yaml",
            [
                "5:3-5:4 \(syntax) did not find expected key while parsing a block mapping. A '- ' list "
                    + "item appears where a key of this mapping is expected; a key's value is either a "
                    + "mapping or a list, not both.\n  note 3:3-3:4 \(blockMappingNote)"
            ]
        ),
        (
            "colon-in-plain-value.yaml",
            [
                "4:17-4:18 \(syntax) mapping values are not allowed in this context. A ': ' inside a "
                    + "plain value starts a new mapping; put the value in quotes, or check the "
                    + "indentation of this line."
            ]
        ),
        (
            "unclosed-flow-sequence.yaml",
            [
                "4:9-4:10 \(syntax) did not find expected ',' or ']' while parsing a flow sequence. A "
                    + "flow collection is not closed or is missing a comma; check for a missing ',' or "
                    + "']'.\n  note 3:11-3:12 this happened while parsing a flow sequence that starts here"
            ]
        ),
        (
            "reserved-character.yaml",
            [
                "4:11-4:12 \(syntax) found character that cannot start any token while scanning for "
                    + "the next token. '@' and '`' are reserved in YAML and cannot start a plain value; "
                    + "put the value in quotes."
            ]
        ),
        (
            "bad-escape.yaml",
            [
                "4:21-4:22 \(syntax) found unknown escape character while parsing a quoted scalar. "
                    + "Inside double quotes a backslash starts an escape sequence; write '\\\\' for a "
                    + "backslash, or use single quotes.\n  note 4:18-4:19 this happened while parsing a "
                    + "quoted scalar that starts here"
            ]
        ),
        (
            "control-character.yaml",
            [
                "3:13-3:14 \(syntax) control characters are not allowed. Remove the character, or "
                    + "write it as an escape inside double quotes."
            ]
        ),
        (
            "duplicate-key.yaml",
            [
                "5:3-5:8 yaml.duplicate-key: duplicate key 'calls'; each key may appear only once in a "
                    + "mapping\n  note 3:3-3:8 'calls' is first defined here"
            ]
        ),
        ("empty.yaml", [empty]),
        ("comments-only.yaml", [empty]),
        (
            "two-documents.yaml",
            [
                "2:1-2:4 yaml.multiple-documents: a second YAML document starts here; Tariff reads one "
                    + "document per file, so remove this '---' or move what follows into its own file"
            ]
        ),
        (
            "invalid-utf8.yaml",
            ["4:14-4:14 yaml.invalid-utf8: the file is not valid UTF-8: byte 0xE9 \(notUTF8)"]
        ),
        (
            "binary.yaml",
            [
                "3:1-3:1 yaml.binary: the file contains a NUL byte at line 3, column 1: it looks like a "
                    + "binary file, not YAML text"
            ]
        ),
        (
            "utf16.yaml",
            [
                "1:4-1:4 yaml.binary: the file contains a NUL byte at line 1, column 4: it looks like "
                    + "UTF-16; save it as UTF-8"
            ]
        ),
        (
            "undefined-alias.yaml",
            [
                "5:14-5:26 yaml.undefined-alias: alias '*usage_price' refers to no anchor; define "
                    + "'&usage_price' before using it"
            ]
        ),
        (
            "recursive-alias.yaml",
            [
                "2:18-2:20 yaml.undefined-alias: alias '*f' refers to the node that contains it; an "
                    + "alias cannot repeat its own ancestor"
            ]
        ),
        (
            "merge-key.yaml",
            [
                "6:5-6:7 yaml.merge-key: merge keys ('<<') are not supported; write the keys out, or "
                    + "reuse a whole value with an alias ('key: *anchor')"
            ]
        ),
        (
            "complex-key.yaml",
            ["2:3-2:9 yaml.complex-key: a mapping key must be a plain string, not a sequence or mapping"]
        ),
        (
            "alias-bomb.yaml",
            [
                "7:8-7:10 yaml.alias-bomb: expanding alias '*e' (66430 nodes) would take the document "
                    + "past 100000 nodes produced by aliases; this looks like a 'billion laughs' "
                    + "document, so loading stops here"
            ]
        ),
        (
            "too-deep.yaml",
            [
                "2:603-2:604 yaml.too-deep: the document nests more than 100 levels deep here; a "
                    + "Tariff config never needs that many"
            ]
        ),
        (
            "non-mapping-root.yaml",
            ["1:1-2:15 config.root-not-mapping: the top level of this file is a sequence; \(notMapping)"]
        ),
        (
            "scalar-root.yaml",
            ["1:1-1:10 config.root-not-mapping: the top level of this file is a single value; \(notMapping)"]
        ),
    ]

    static let keepTree: Set = [
        "duplicate-key.yaml", "two-documents.yaml", "merge-key.yaml", "complex-key.yaml",
    ]

    static var directory: URL? {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("yaml")
    }

    @Test(arguments: cases)
    func fixtureGivesExactDiagnostics(name: String, expected: [String]) throws {
        let path = try #require(Self.directory).appendingPathComponent(name).path
        var bag = DiagnosticBag()
        let sources = ConfigSources.load(paths: [path], diagnostics: &bag)
        #expect(bag.diagnostics.map(YAMLTestSupport.describe) == expected)
        #expect(bag.diagnostics.allSatisfy { $0.range?.file == path })
        // Problems that leave a trustworthy tree keep it, so later stages can report theirs too.
        #expect((sources.root != nil) == Self.keepTree.contains(name))
    }

    @Test func everyFixtureHasACase() throws {
        let directory = try #require(Self.directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == Self.cases.map(\.0).sorted())
    }
}
