/// A JSON value whose objects keep their fields in the order they were built.
///
/// Stripe's responses list fields in a stable order (`id`, `object`, then the rest), and keeping
/// that order makes the emulator's output easy to read and to compare in golden files.
/// Foundation's encoders sort or scramble keys, so the emulator builds its answers with this.
package indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A string, or `null` when the value is absent.
    package static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// An integer, or `null` when the value is absent.
    package static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    /// A boolean, or `null` when the value is absent.
    package static func bool(_ value: Bool?) -> JSONValue {
        value.map { .bool($0) } ?? .null
    }

    /// A string map rendered with its keys sorted, as metadata and payloads are.
    package static func stringMap(_ map: [String: String]) -> JSONValue {
        .object(map.keys.sorted().map { ($0, .string(map[$0] ?? "")) })
    }

    /// The value serialised as compact UTF-8 JSON.
    package var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out)
        return out
    }

    /// The value serialised as pretty-printed JSON, two spaces per level, like Stripe's API.
    package var prettyBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        writePretty(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(field.0, to: &out)
                out.append(UInt8(ascii: ":"))
                field.1.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Empty arrays and objects stay on one line (`[]`, `{}`), as Stripe prints them.
    private func writePretty(to out: inout [UInt8], indent: Int) {
        let inner = repeatElement(UInt8(ascii: " "), count: (indent + 1) * 2)
        let outer = repeatElement(UInt8(ascii: " "), count: indent * 2)
        switch self {
        case .array(let values) where !values.isEmpty:
            out.append(contentsOf: "[\n".utf8)
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                out.append(contentsOf: inner)
                value.writePretty(to: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: outer)
            out.append(UInt8(ascii: "]"))
        case .object(let fields) where !fields.isEmpty:
            out.append(contentsOf: "{\n".utf8)
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                out.append(contentsOf: inner)
                JSONValue.writeString(field.0, to: &out)
                out.append(contentsOf: ": ".utf8)
                field.1.writePretty(to: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: outer)
            out.append(UInt8(ascii: "}"))
        default:
            write(to: &out)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes a JSON string literal, escaping quotes, backslashes and control characters.
    private static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(Self.hexDigits[Int(byte >> 4)])
                out.append(Self.hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
