/// One event ready for the store: the columns of `events(event_key, ts, company, body)`.
struct ExtractedEvent {
    /// `i:` and the event's id, or `h:` and a digest of the line when it has none.
    var key: String
    /// Epoch milliseconds (UTC).
    var milliseconds: Int64
    var company: String
    /// The event object as written (the line without surrounding whitespace).
    var body: UnsafeBufferPointer<UInt8>
    /// Set when the event was kept after a repair that is still reported.
    var note: BadEventReason?
    /// Whether the key came from the event's own id.
    var hasID: Bool
}

/// Why a line gave no event, with a short detail for the sample (a column, a quoted value).
struct RejectedLine: Error {
    var reason: BadEventReason
    var detail: String
}

/// Turns one NDJSON line into an ``ExtractedEvent`` or a ``RejectedLine``.
///
/// It owns the scratch storage that the scanner fills, so reading a line allocates nothing
/// beyond the key and company strings.
final class EventExtractor {
    /// Mapped companies longer than this are refused (Stripe metadata values hold 500).
    static let maxCompanyBytes = 500
    /// Events more than this far after the ingest's start are refused (Stripe's own margin).
    static let futureToleranceMicroseconds: Int64 = 5 * 60 * 1_000_000

    let mapping: EventFieldMapping
    let paths: JSONFieldPaths
    /// The latest accepted event time, microseconds since 1970.
    let latestMicroseconds: Int64

    /// `nil` when a mapped path has more than ``JSONFieldPaths/maxSegments`` segments.
    init?(mapping: EventFieldMapping, nowMicroseconds: Int64) {
        var list = [mapping.time, mapping.company]
        if let id = mapping.id { list.append(id) }
        guard let paths = JSONFieldPaths(list) else { return nil }
        self.mapping = mapping
        self.paths = paths
        latestMicroseconds = nowMicroseconds + Self.futureToleranceMicroseconds
        found = .allocate(capacity: list.count)
        found.initialize(repeating: nil)
    }

    deinit { found.deallocate() }

    /// Where the scanner records the values of the mapped paths.
    private let found: UnsafeMutableBufferPointer<JSONValueRef?>

    /// Reads `line` (no newline; a trailing `\r` and surrounding whitespace are ignored).
    func extract(_ line: UnsafeBufferPointer<UInt8>) -> Result<ExtractedEvent, RejectedLine> {
        let body = Self.trimmed(line)
        var scanner = JSONScanner(body, paths: paths, found: found)
        do {
            try scanner.scanObjectLine()
        } catch {
            return .failure(Self.rejection(for: error, paths: paths.paths))
        }
        var note: BadEventReason?
        let time: Int64
        switch readTime(scanner.found[0], in: body) {
        case .success(let (micros, repaired)):
            time = micros
            if repaired { note = .timeNumericString }
        case .failure(let rejection): return .failure(rejection)
        }
        let company: String
        switch readCompany(scanner.found[1], in: body) {
        case .success(let (value, repaired)):
            company = value
            if repaired { note = .companyNumber }
        case .failure(let rejection): return .failure(rejection)
        }
        var key: String?
        if mapping.id != nil, let ref = scanner.found[2] {
            switch ref.kind {
            case .string where ref.end > ref.start:
                key = "i:" + Self.string(ref, in: body)
            case .number:
                key = "i:" + Self.string(ref, in: body)
                note = note ?? .idNumber
            case .string, .null:
                note = note ?? .emptyID
            case .object, .array, .bool:
                return .failure(
                    RejectedLine(reason: .idNotString, detail: "\(mapping.id ?? "id") is \(ref.kind)"))
            }
        }
        return .success(
            ExtractedEvent(
                key: key ?? "h:" + StableHash.key(body), milliseconds: Self.floorDivide(time, 1_000),
                company: company, body: body, note: note, hasID: key != nil))
    }

    private func readTime(_ ref: JSONValueRef?, in body: UnsafeBufferPointer<UInt8>)
        -> Result<(Int64, Bool), RejectedLine>
    {
        guard let ref else {
            return .failure(RejectedLine(reason: .missingTime, detail: "no \(mapping.time)"))
        }
        let parsed: Result<Int64, EventTime.Failure>
        var repaired = false
        switch ref.kind {
        case .null: return .failure(RejectedLine(reason: .nullTime, detail: "\(mapping.time) is null"))
        case .object, .array, .bool:
            return .failure(
                RejectedLine(reason: .timeNotStringOrNumber, detail: "\(mapping.time) is \(ref.kind)"))
        case .number:
            parsed = EventTime.parse(number: UnsafeBufferPointer(rebasing: body[ref.start..<ref.end]))
        case .string:
            let raw = UnsafeBufferPointer(rebasing: body[ref.start..<ref.end])
            if ref.hasEscapes {
                var bytes = JSONUnescape.bytes(raw)
                parsed = bytes.withUnsafeMutableBufferPointer {
                    EventTime.parse(text: UnsafeBufferPointer($0))
                }
            } else {
                parsed = EventTime.parse(text: raw)
            }
            repaired =
                !raw.isEmpty && raw.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ".") }
        }
        switch parsed {
        case .success(let micros):
            if micros > latestMicroseconds {
                return .failure(
                    RejectedLine(reason: .timeInFuture, detail: Self.quoted(ref, in: body)))
            }
            return .success((micros, repaired))
        case .failure(.outOfRange):
            return .failure(RejectedLine(reason: .timeOutOfRange, detail: Self.quoted(ref, in: body)))
        case .failure(.unparsable):
            return .failure(RejectedLine(reason: .unparsableTime, detail: Self.quoted(ref, in: body)))
        }
    }

    private func readCompany(_ ref: JSONValueRef?, in body: UnsafeBufferPointer<UInt8>)
        -> Result<(String, Bool), RejectedLine>
    {
        guard let ref else {
            return .failure(RejectedLine(reason: .missingCompany, detail: "no \(mapping.company)"))
        }
        switch ref.kind {
        case .null: return .failure(RejectedLine(reason: .nullCompany, detail: "\(mapping.company) is null"))
        case .object, .array, .bool:
            return .failure(
                RejectedLine(reason: .companyNotString, detail: "\(mapping.company) is \(ref.kind)"))
        case .number, .string:
            let value = Self.string(ref, in: body)
            if value.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                return .failure(
                    RejectedLine(reason: .emptyCompany, detail: "\(mapping.company) is \"\(value)\""))
            }
            if value.utf8.count > Self.maxCompanyBytes {
                return .failure(
                    RejectedLine(reason: .companyTooLong, detail: "\(value.utf8.count) bytes"))
            }
            return .success((value, ref.kind == .number))
        }
    }

    /// A value's text: a string's contents (unescaped) or a number's JSON text.
    static func string(_ ref: JSONValueRef, in body: UnsafeBufferPointer<UInt8>) -> String {
        let raw = UnsafeBufferPointer(rebasing: body[ref.start..<ref.end])
        return ref.hasEscapes
            ? String(decoding: JSONUnescape.bytes(raw), as: UTF8.self) : String(decoding: raw, as: UTF8.self)
    }

    /// A value quoted for a sample, cut at 60 characters.
    static func quoted(_ ref: JSONValueRef, in body: UnsafeBufferPointer<UInt8>) -> String {
        let text = string(ref, in: body)
        let cut = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return ref.kind == .string ? "\"\(cut)\"" : cut
    }

    /// The line without surrounding JSON whitespace (and so without a `\r`).
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = line.count
        while start < end, isWhitespace(line[start]) { start += 1 }
        while end > start, isWhitespace(line[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: line[start..<end])
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    /// The reason and detail for a scan failure.
    static func rejection(for error: JSONScanError, paths: [String]) -> RejectedLine {
        switch error {
        case .invalidUTF8(let at): RejectedLine(reason: .invalidUTF8, detail: "at byte \(at + 1)")
        case .truncated: RejectedLine(reason: .truncatedJSON, detail: "the line ends inside a value")
        case .unexpectedCharacter(let at): RejectedLine(reason: .malformedJSON, detail: "at column \(at + 1)")
        case .controlCharacter(let at): RejectedLine(reason: .controlCharacter, detail: "at column \(at + 1)")
        case .invalidEscape(let at): RejectedLine(reason: .invalidEscape, detail: "at column \(at + 1)")
        case .invalidNumber(let at): RejectedLine(reason: .invalidNumber, detail: "at column \(at + 1)")
        case .tooDeep(let at): RejectedLine(reason: .nestingTooDeep, detail: "at column \(at + 1)")
        case .trailingCharacters(let at):
            RejectedLine(reason: .trailingCharacters, detail: "at column \(at + 1)")
        case .notAnObject: RejectedLine(reason: .notAnObject, detail: "expected a JSON object")
        case .duplicateField(let path): RejectedLine(reason: .duplicateField, detail: "\(paths[path]) twice")
        }
    }
}
