/// Why a line is not a JSON object, with the byte offset in the line where that was found.
enum JSONScanError: Error, Equatable {
    /// Bytes that are not UTF-8.
    case invalidUTF8(at: Int)
    /// The line ended inside a value (cut off).
    case truncated
    /// A character JSON does not allow here.
    case unexpectedCharacter(at: Int)
    /// A control character (below U+0020) inside a string, where JSON needs an escape.
    case controlCharacter(at: Int)
    /// A backslash escape JSON does not define, or a lone UTF-16 surrogate.
    case invalidEscape(at: Int)
    /// A number JSON does not allow (`01`, `1.`, `.5`, `NaN`, `+1`).
    case invalidNumber(at: Int)
    /// More than ``JSONScanner/maxDepth`` nested objects and arrays.
    case tooDeep(at: Int)
    /// A complete value followed by more than whitespace (two objects on one line, say).
    case trailingCharacters(at: Int)
    /// The line holds a JSON value that is not an object.
    case notAnObject
    /// A mapped field appears twice in the same object.
    case duplicateField(path: Int)
}
