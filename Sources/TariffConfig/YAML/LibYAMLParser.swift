import CLibYAML
import TariffDiagnostics

/// One libyaml parse event, converted to Swift values (strings copied, marks made 1-based).
enum YAMLEvent {
    case streamStart
    case streamEnd(SourceRange)
    case documentStart(SourceRange, implicit: Bool)
    case documentEnd(SourceRange)
    case alias(String, SourceRange)
    case scalar(String, YAMLNode.ScalarStyle, anchor: String?, tag: String?, SourceRange)
    case sequenceStart(anchor: String?, tag: String?, flow: Bool, SourceRange)
    case sequenceEnd(SourceRange)
    case mappingStart(anchor: String?, tag: String?, flow: Bool, SourceRange)
    case mappingEnd(SourceRange)
}

/// A syntax error as libyaml reports it, before any advice is added.
struct LibYAMLError: Error {
    /// What went wrong, in libyaml's words ("found unexpected end of stream").
    var problem: String
    /// Where: libyaml's problem mark, or for reader errors the byte offset converted by the caller.
    var location: Location
    /// What libyaml was doing ("while scanning a quoted scalar") and where that began.
    var context: String?
    var contextLocation: SourceLocation?

    enum Location {
        case mark(SourceLocation)
        /// Reader errors (bad characters) carry only a byte offset into the input.
        case byteOffset(Int)
    }
}

/// The only code in Tariff that calls libyaml: a pull parser over its event API.
///
/// Owns a copy of the input and the `yaml_parser_t`, both at stable addresses because libyaml
/// keeps pointers to them between calls. Not thread-safe; used by one loader call at a time.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let initialized: Bool
    private let path: String

    /// Prepares to parse `bytes` (already checked to be UTF-8 without NUL bytes) as UTF-8.
    init(bytes: [UInt8], path: String) {
        self.path = path
        parser = .allocate(capacity: 1)
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        initialized = yaml_parser_initialize(parser) == 1
        if initialized {
            yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        }
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or libyaml's error. After `streamEnd` or an error, do not call again.
    func next() -> Result<YAMLEvent, LibYAMLError> {
        guard initialized else {
            return .failure(LibYAMLError(problem: "out of memory", location: .byteOffset(0)))
        }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { return .failure(currentError()) }
        defer { yaml_event_delete(&event) }
        let range = SourceRange(start: location(event.start_mark), end: location(event.end_mark))
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .success(.streamStart)
        case YAML_DOCUMENT_START_EVENT:
            return .success(.documentStart(range, implicit: event.data.document_start.implicit != 0))
        case YAML_DOCUMENT_END_EVENT:
            return .success(.documentEnd(range))
        case YAML_ALIAS_EVENT:
            return .success(.alias(cString(event.data.alias.anchor) ?? "", range))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map { pointer in
                String(decoding: UnsafeBufferPointer(start: pointer, count: scalar.length), as: UTF8.self)
            }
            return .success(
                .scalar(
                    value ?? "", style(scalar.style), anchor: cString(scalar.anchor),
                    tag: tag(scalar.tag), range))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .success(
                .sequenceStart(
                    anchor: cString(start.anchor), tag: tag(start.tag),
                    flow: start.style == YAML_FLOW_SEQUENCE_STYLE, range))
        case YAML_SEQUENCE_END_EVENT:
            return .success(.sequenceEnd(range))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .success(
                .mappingStart(
                    anchor: cString(start.anchor), tag: tag(start.tag),
                    flow: start.style == YAML_FLOW_MAPPING_STYLE, range))
        case YAML_MAPPING_END_EVENT:
            return .success(.mappingEnd(range))
        default:
            // YAML_STREAM_END_EVENT (and YAML_NO_EVENT, which a successful parse never returns).
            return .success(.streamEnd(range))
        }
    }

    /// libyaml's error state as a value.
    private func currentError() -> LibYAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        let context = state.context.map { String(cString: $0) }
        switch state.error {
        case YAML_MEMORY_ERROR:
            return LibYAMLError(problem: "out of memory", location: .byteOffset(0))
        case YAML_READER_ERROR:
            return LibYAMLError(problem: problem, location: .byteOffset(Int(state.problem_offset)))
        default:
            return LibYAMLError(
                problem: problem, location: .mark(location(state.problem_mark)), context: context,
                contextLocation: context == nil ? nil : location(state.context_mark))
        }
    }

    /// libyaml marks are 0-based and count characters; ours are 1-based.
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Shows the YAML core tags in their short form (`!!str`), as the user most likely wrote them.
    private func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = cString(pointer) else { return nil }
        let core = "tag:yaml.org,2002:"
        return tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
