import Testing

@testable import TariffUsageStore

@Suite struct JSONScannerTests {
    private func scan(_ line: String, paths: [String]) -> Result<[JSONValueRef?], JSONScanError> {
        var bytes = Array(line.utf8)
        let fieldPaths = JSONFieldPaths(paths)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard let fieldPaths else { return .failure(.notAnObject) }
            let found = UnsafeMutableBufferPointer<JSONValueRef?>.allocate(capacity: max(1, paths.count))
            found.initialize(repeating: nil)
            defer { found.deallocate() }
            var scanner = JSONScanner(
                UnsafeBufferPointer(buffer), paths: fieldPaths,
                found: UnsafeMutableBufferPointer(rebasing: found[0..<paths.count]))
            do throws(JSONScanError) {
                try scanner.scanObjectLine()
                return .success(Array(scanner.found))
            } catch {
                return .failure(error)
            }
        }
    }

    @Test func findsNestedAndDottedKeys() throws {
        let line = #"{"a":{"b":"x\"y"},"attributes":{"http.route":"/v1/{id}"},"n":-1.5e3}"#
        let found = try scan(line, paths: ["a.b", "attributes.http.route", "n", "missing"]).get()
        #expect(found[0]?.kind == .string)
        #expect(found[0]?.hasEscapes == true)
        #expect(found[1]?.kind == .string)
        #expect(found[2]?.kind == .number)
        #expect(found[3] == nil)
    }

    @Test func ignoresMatchesInsideArrays() throws {
        let found = try scan(#"{"list":[{"a":1}],"a":2}"#, paths: ["a"]).get()
        #expect(found[0]?.kind == .number)
        #expect(found[0].map { $0.end - $0.start } == 1)
    }

    @Test func rejectsWhatJSONDoesNotAllow() {
        #expect(scan(#"{"a":01}"#, paths: []) == .failure(.invalidNumber(at: 5)))
        #expect(scan(#"{"a":"\ud800"}"#, paths: []) == .failure(.invalidEscape(at: 6)))
        #expect(scan(#"{"a":tru"#, paths: []) == .failure(.truncated))
        #expect(scan(#"{"a":1}{"b":2}"#, paths: []) == .failure(.trailingCharacters(at: 7)))
        #expect(scan(#""text""#, paths: []) == .failure(.notAnObject))
        #expect(scan(#"{"a":1,}"#, paths: []) == .failure(.unexpectedCharacter(at: 7)))
        #expect(scan(#"{"a":1,"a":2}"#, paths: ["a"]) == .failure(.duplicateField(path: 0)))
    }

    @Test func longStringsWithEscapesAndUTF8() throws {
        let line = #"{"k":"0123456789abcdef\"ghij é 😀 klmnopqrstuvwxyz","t":"x"}"#
        let found = try scan(line, paths: ["t", "k"]).get()
        #expect(found[0]?.kind == .string)
        #expect(found[1]?.hasEscapes == true)
        #expect(scan("{\"k\":\"0123456789abcdef\u{1}\"}", paths: []) == .failure(.controlCharacter(at: 22)))
    }

    @Test func stableHashIsPinned() {
        // Stored event keys depend on these digests: they must never change.
        var empty: [UInt8] = []
        var text = Array("hello".utf8)
        let emptyKey = empty.withUnsafeMutableBufferPointer { StableHash.key(UnsafeBufferPointer($0)) }
        let textKey = text.withUnsafeMutableBufferPointer { StableHash.key(UnsafeBufferPointer($0)) }
        #expect(emptyKey == "AAAAAAAAAAAAAAAAAAAAAA")
        #expect(textKey.count == 22)
        #expect(textKey != emptyKey)
    }
}
