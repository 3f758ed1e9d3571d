import CLibYAML

/// Writes a ``YAMLOutput`` tree as YAML text through libyaml's emitter.
///
/// The emitter decides quoting and escaping (a `.plain` scalar that YAML cannot read back as
/// written is quoted by libyaml); comments are not part of YAML's data model, so header comments
/// are written as lines before the document.
package enum YAMLEmitter {
    /// libyaml refused an event or ran out of memory; `problem` is its own message.
    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var problem: String
        package var description: String { "cannot write YAML: \(problem)" }
    }

    /// `document` as YAML text, with `comments` as `# …` lines first.
    package static func emit(_ document: YAMLOutput, comments: [String] = []) throws(Failure) -> String {
        var text = comments.map { "# \($0)\n" }.joined()
        text += try Writer().write(document)
        return text
    }
}

/// One emitter run: the `yaml_emitter_t` and the bytes it has written, at stable addresses
/// because libyaml keeps pointers to both between calls.
private final class Writer {
    private let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
    private let output = Output()

    final class Output {
        var bytes: [UInt8] = []
    }

    deinit {
        emitter.deallocate()
    }

    func write(_ document: YAMLOutput) throws(YAMLEmitter.Failure) -> String {
        guard yaml_emitter_initialize(emitter) == 1 else {
            throw YAMLEmitter.Failure(problem: "libyaml could not start an emitter")
        }
        defer { yaml_emitter_delete(emitter) }
        let context = Unmanaged.passUnretained(output).toOpaque()
        yaml_emitter_set_output(
            emitter,
            { data, buffer, size in
                guard let data, let buffer else { return 0 }
                let output = Unmanaged<Writer.Output>.fromOpaque(data).takeUnretainedValue()
                output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, context)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        try emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        try emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
        try node(document)
        try emit { yaml_document_end_event_initialize(&$0, 1) }
        try emit { yaml_stream_end_event_initialize(&$0) }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    private func node(_ node: YAMLOutput) throws(YAMLEmitter.Failure) {
        switch node {
        case .scalar(let value, let style):
            let bytes = Array(value.utf8)
            let quoted = style == .doubleQuoted
            try emit { event in
                bytes.withUnsafeBufferPointer { buffer in
                    yaml_scalar_event_initialize(
                        &event, nil, nil, buffer.baseAddress, Int32(buffer.count), quoted ? 0 : 1, 1,
                        quoted ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_PLAIN_SCALAR_STYLE)
                }
            }
        case .sequence(let items, let flow):
            try emit {
                yaml_sequence_start_event_initialize(
                    &$0, nil, nil, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
            }
            for item in items { try self.node(item) }
            try emit { yaml_sequence_end_event_initialize(&$0) }
        case .mapping(let pairs, let flow):
            try emit {
                yaml_mapping_start_event_initialize(
                    &$0, nil, nil, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
            }
            for pair in pairs {
                try self.node(pair.key)
                try self.node(pair.value)
            }
            try emit { yaml_mapping_end_event_initialize(&$0) }
        }
    }

    /// Initialises one event with `make` and hands it to the emitter (which takes ownership).
    private func emit(_ make: (inout yaml_event_t) -> Int32) throws(YAMLEmitter.Failure) {
        var event = yaml_event_t()
        guard make(&event) == 1 else {
            throw YAMLEmitter.Failure(problem: "libyaml could not build an event")
        }
        guard yaml_emitter_emit(emitter, &event) == 1 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown emitter error"
            throw YAMLEmitter.Failure(problem: problem)
        }
    }
}
