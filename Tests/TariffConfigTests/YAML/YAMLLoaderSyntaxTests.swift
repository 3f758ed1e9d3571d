import Testing
import TariffConfig
import TariffDiagnostics

/// libyaml's syntax errors, reported at its problem mark with advice; each case is exact.
@Suite struct YAMLLoaderSyntaxTests {
    @Test(arguments: [
        (
            "a:\n\tb: 1\n",
            """
            2:1-2:2 yaml.syntax: invalid YAML: found character that cannot start any token while \
            scanning for the next token. YAML does not allow tabs for indentation; replace the tab \
            with spaces.
            """
        ),
        (
            "a: \"abc\nb: 1\n",
            """
            3:1-3:2 yaml.syntax: invalid YAML: found unexpected end of stream while scanning a \
            quoted scalar. A quoted string is never closed; add the closing quote.
              note 1:4-1:5 this happened while scanning a quoted scalar that starts here
            """
        ),
        (
            "a: 1\n b: 2\n",
            """
            2:3-2:4 yaml.syntax: invalid YAML: mapping values are not allowed in this context. A ': ' \
            inside a plain value starts a new mapping; put the value in quotes, or check the \
            indentation of this line.
            """
        ),
        (
            "a:\n  b: 1\n c: 2\n",
            """
            3:2-3:3 yaml.syntax: invalid YAML: did not find expected key while parsing a block \
            mapping. This line is not indented like the keys of its mapping; line it up with its \
            sibling keys, or indent it further to nest it.
              note 1:1-1:2 this happened while parsing a block mapping that starts here
            """
        ),
        (
            "b: [1, 2\n",
            """
            2:1-2:2 yaml.syntax: invalid YAML: did not find expected ',' or ']' while parsing a flow \
            sequence. A flow collection is not closed or is missing a comma; check for a missing ',' \
            or ']'.
              note 1:4-1:5 this happened while parsing a flow sequence that starts here
            """
        ),
        (
            "a: @x\n",
            """
            1:4-1:5 yaml.syntax: invalid YAML: found character that cannot start any token while \
            scanning for the next token. '@' and '`' are reserved in YAML and cannot start a plain \
            value; put the value in quotes.
            """
        ),
        (
            "a: \"\\q\"\n",
            """
            1:5-1:6 yaml.syntax: invalid YAML: found unknown escape character while parsing a quoted \
            scalar. Inside double quotes a backslash starts an escape sequence; write '\\\\' for a \
            backslash, or use single quotes.
              note 1:4-1:5 this happened while parsing a quoted scalar that starts here
            """
        ),
        (
            "a:\n  - b\n  c: d\n",
            """
            3:3-3:4 yaml.syntax: invalid YAML: did not find expected '-' indicator while parsing a \
            block collection. Each item of a list starts with '- ' at the same indentation; check \
            the indentation of this line.
              note 2:3-2:4 this happened while parsing a block collection that starts here
            """
        ),
        (
            "a: [1, 2]]\n",
            """
            1:10-1:11 yaml.syntax: invalid YAML: did not find expected key while parsing a block \
            mapping. This closing bracket has no opening one; remove it.
              note 1:1-1:2 this happened while parsing a block mapping that starts here
            """
        ),
        (
            "a: &\n",
            """
            1:5-1:6 yaml.syntax: invalid YAML: did not find expected alphabetic or numeric character \
            while scanning an anchor. An anchor or alias name must follow '&' or '*' directly; put \
            values that start with '&' or '*' in quotes.
              note 1:4-1:5 this happened while scanning an anchor that starts here
            """
        ),
        (
            "a: b\u{01}c\n",
            """
            1:5-1:6 yaml.syntax: invalid YAML: control characters are not allowed. Remove the \
            character, or write it as an escape inside double quotes.
            """
        ),
        (
            "%YAML 2.0\n---\na: 1\n",
            """
            1:1-1:2 yaml.syntax: invalid YAML: found incompatible YAML document. Only YAML 1.x \
            documents can be read; remove or correct the %YAML directive.
            """
        ),
        (
            "a: 1\n...\nb: 2\n",
            """
            3:1-3:2 yaml.syntax: invalid YAML: did not find expected <document start>. Only a comment \
            may follow '...' (the end of the document); Tariff reads one document per file, so remove \
            the '...' line.
            """
        ),
    ])
    func syntaxErrorIsReportedAtLibYAMLsMark(yaml: String, expected: String) {
        let (root, diagnostics) = YAMLTestSupport.load(yaml)
        #expect(root == nil)
        #expect(diagnostics.map(YAMLTestSupport.describe) == [expected])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.range?.file == "t.yaml" })
    }

    @Test func syntaxErrorAfterMultibyteTextCountsCharacters() {
        let (_, diagnostics) = YAMLTestSupport.load("é: ü\n\tx: 1\n")
        #expect(diagnostics.map { YAMLTestSupport.location($0.range) } == ["2:1-2:2"])
        let (_, control) = YAMLTestSupport.load("é: ü\u{01}\n")
        #expect(control.map { YAMLTestSupport.location($0.range) } == ["1:5-1:6"])
    }
}

extension YAMLLoaderSyntaxTests {
    /// However libyaml words it, a tab in the indentation gets the same advice at the tab.
    @Test(arguments: [
        ("a:\n  \tb: 1\n", "2:3", "found character that cannot start any token"),
        ("a:\n  b: 1\n\tc: 2\n", "3:1", "found a tab character that violates indentation"),
        ("a:\n\t- b\n", "2:1", "found character that cannot start any token"),
        ("a: |\n\ttext\n", "2:1", "found a tab character where an indentation space is expected"),
    ])
    func tabsInIndentationGetTheTabAdvice(yaml: String, location: String, problem: String) {
        let (root, diagnostics) = YAMLTestSupport.load(yaml)
        #expect(root == nil)
        #expect(diagnostics.count == 1)
        let diagnostic = diagnostics.first
        #expect(diagnostic?.code == "yaml.syntax")
        #expect(diagnostic.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" } == location)
        #expect(diagnostic?.message.hasPrefix("invalid YAML: \(problem)") == true)
        #expect(
            diagnostic?.message.hasSuffix(
                ". YAML does not allow tabs for indentation; replace the tab with spaces.") == true)
    }

    @Test func tabsBetweenTokensAreFine() {
        let (root, diagnostics) = YAMLTestSupport.load("a:\t1\nb: [1,\n\t2]\n")
        #expect(diagnostics.isEmpty)
        #expect(YAMLTestSupport.render(root) == "{a: 1, b: [1, 2]}")
    }
}
