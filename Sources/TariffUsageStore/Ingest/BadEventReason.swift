/// Why an input line was not ingested as it stood. Every bad line is counted under one reason,
/// with samples at `file:line`; none is dropped silently.
///
/// Most reasons reject the line (``isKept`` is `false`). A few keep the event after a
/// documented repair (a number where a string was expected, say) and are still reported, so
/// that `--strict` can refuse them.
package enum BadEventReason: String, CaseIterable, Sendable, Comparable {
    // The line is not one JSON object.
    case invalidUTF8 = "invalid_utf8"
    case malformedJSON = "malformed_json"
    case truncatedJSON = "truncated_json"
    case controlCharacter = "control_character_in_string"
    case invalidEscape = "invalid_escape"
    case invalidNumber = "invalid_number"
    case nestingTooDeep = "nesting_too_deep"
    case trailingCharacters = "trailing_characters"
    case notAnObject = "not_an_object"
    case duplicateField = "duplicate_field"
    case lineTooLong = "line_too_long"
    case unterminatedLastLine = "unterminated_last_line"
    case byteOrderMark = "byte_order_mark"
    // The time field.
    case missingTime = "missing_time"
    case nullTime = "null_time"
    case timeNotStringOrNumber = "time_not_string_or_number"
    case unparsableTime = "unparsable_time"
    case timeOutOfRange = "time_out_of_range"
    case timeInFuture = "time_in_future"
    case timeNumericString = "time_numeric_string"
    // The company field.
    case missingCompany = "missing_company"
    case nullCompany = "null_company"
    case emptyCompany = "empty_company"
    case companyNotString = "company_not_string"
    case companyNumber = "company_number"
    case companyTooLong = "company_too_long"
    // The id field.
    case idNotString = "id_not_string"
    case idNumber = "id_number"
    case emptyID = "empty_id"
    case conflictingDuplicateID = "conflicting_duplicate_id"
    // The whole file.
    case unreadableFile = "unreadable_file"
    case corruptGzip = "corrupt_gzip"

    /// Whether the event is still stored (after the repair ``explanation`` states).
    package var isKept: Bool {
        switch self {
        case .byteOrderMark, .timeNumericString, .companyNumber, .idNumber, .emptyID: true
        default: false
        }
    }

    /// What was wrong, and what ingest did about it.
    package var explanation: String {
        switch self {
        case .invalidUTF8: "bytes that are not UTF-8; the line was skipped"
        case .malformedJSON: "not JSON; the line was skipped"
        case .truncatedJSON: "the JSON ends in the middle of a value; the line was skipped"
        case .controlCharacter: "a raw control character inside a string (JSON needs \\n, \\t, …); skipped"
        case .invalidEscape: "a backslash escape JSON does not define, or a lone surrogate; skipped"
        case .invalidNumber: "a number JSON does not allow (01, 1., NaN, +1); skipped"
        case .nestingTooDeep: "more than \(JSONScanner.maxDepth) nested objects or arrays; skipped"
        case .trailingCharacters: "more than one JSON value on the line; skipped"
        case .notAnObject: "a JSON value that is not an object; skipped"
        case .duplicateField: "a mapped field (time, company or id) appears twice; skipped"
        case .lineTooLong: "longer than the line limit; skipped without being read whole"
        case .unterminatedLastLine:
            "the last line has no newline and is not complete JSON (a file still being written?); "
                + "it is read again by the next ingest"
        case .byteOrderMark: "a UTF-8 byte order mark before the first event; ignored, the event kept"
        case .missingTime: "no value at the time field; skipped"
        case .nullTime: "the time field is null; skipped"
        case .timeNotStringOrNumber: "the time field is an object, array or boolean; skipped"
        case .unparsableTime: "the time is neither RFC 3339 nor an epoch number; skipped"
        case .timeOutOfRange: "the time is before 1970 or after 9999; skipped"
        case .timeInFuture: "the time is more than 5 minutes after the ingest started; skipped"
        case .timeNumericString: "the time is an epoch number inside a string; read as the number, kept"
        case .missingCompany: "no value at the company field; skipped"
        case .nullCompany: "the company field is null; skipped"
        case .emptyCompany: "the company is an empty string; skipped"
        case .companyNotString: "the company is an object, array or boolean; skipped"
        case .companyNumber: "the company is a number; kept as its JSON text"
        case .companyTooLong: "the company is longer than 500 bytes; skipped"
        case .idNotString: "the id field is an object, array or boolean; skipped"
        case .idNumber: "the id is a number; kept as its JSON text"
        case .emptyID: "the id is empty or null; kept, de-duplicated by content as events without an id are"
        case .conflictingDuplicateID:
            "an id already stored with different content; the first event was kept, this one skipped"
        case .unreadableFile: "the file cannot be read; nothing of it was ingested"
        case .corruptGzip: "the gzip data is corrupt or cut off; events before the damage were kept"
        }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
