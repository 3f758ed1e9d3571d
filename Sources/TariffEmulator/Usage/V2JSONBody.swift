import Foundation

/// A v2 request's JSON object with typed, validating access, naming fields as Stripe does
/// (`events[3][payload][value]`). Errors are Stripe's 400s.
struct V2JSONBody {
    let fields: [String: Any]
    /// The name of this object in error messages (`""` at the top).
    let path: String

    /// Parses a request body; an empty body is an empty object.
    static func parse(_ bytes: [UInt8]) throws(StripeAPIError) -> V2JSONBody {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return V2JSONBody(fields: [:], path: "")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw StripeAPIError.rule(
                nil, "The request body must be a JSON object (Content-Type: application/json).")
        }
        return V2JSONBody(fields: object, path: "")
    }

    func name(_ key: String) -> String {
        path.isEmpty ? key : "\(path)[\(key)]"
    }

    func rejectUnknown(_ allowed: Set<String>) throws(StripeAPIError) {
        for key in fields.keys.sorted() where !allowed.contains(key) {
            throw .unknownParameter(name(key))
        }
    }

    /// A string field; any other JSON type is rejected.
    func string(_ key: String) throws(StripeAPIError) -> String? {
        guard let value = fields[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            throw .invalid(name(key), "Invalid \(name(key)): must be a string")
        }
        return text
    }

    func requiredString(_ key: String) throws(StripeAPIError) -> String {
        guard let text = try string(key), !text.isEmpty else { throw .missing(name(key)) }
        return text
    }

    /// An ISO-8601 time field as Unix seconds.
    func time(_ key: String) throws(StripeAPIError) -> Int? {
        guard let text = try string(key) else { return nil }
        guard let seconds = EmulatorISOTime.seconds(text) else {
            throw .invalid(
                name(key), "Invalid \(name(key)): must be an ISO-8601 time such as 2026-12-01T00:00:00.000Z")
        }
        return seconds
    }

    func object(_ key: String) throws(StripeAPIError) -> V2JSONBody? {
        guard let value = fields[key], !(value is NSNull) else { return nil }
        guard let object = value as? [String: Any] else {
            throw .invalid(name(key), "Invalid \(name(key)): must be an object")
        }
        return V2JSONBody(fields: object, path: name(key))
    }

    func objects(_ key: String) throws(StripeAPIError) -> [V2JSONBody]? {
        guard let value = fields[key], !(value is NSNull) else { return nil }
        guard let array = value as? [Any] else {
            throw .invalid(name(key), "Invalid \(name(key)): must be an array")
        }
        var result: [V2JSONBody] = []
        for (index, element) in array.enumerated() {
            guard let object = element as? [String: Any] else {
                throw .invalid("\(name(key))[\(index)]", "Invalid \(name(key))[\(index)]: must be an object")
            }
            result.append(V2JSONBody(fields: object, path: "\(name(key))[\(index)]"))
        }
        return result
    }

    /// A map of strings (a payload): every value must be a JSON string.
    func stringMap(_ key: String) throws(StripeAPIError) -> [String: String]? {
        guard let map = try object(key) else { return nil }
        var result: [String: String] = [:]
        for entry in map.fields.keys.sorted() {
            guard let text = map.fields[entry] as? String else {
                throw .invalid(
                    map.name(entry),
                    "Invalid \(map.name(entry)): payload values must be strings (send \"25\", not 25)")
            }
            result[entry] = text
        }
        return result
    }

    /// One meter event of a v2 body (`event_name`, `payload`, `identifier?`, ISO `timestamp?`).
    func meterEvent() throws(StripeAPIError) -> IncomingMeterEvent {
        try rejectUnknown(["event_name", "identifier", "payload", "timestamp"])
        let eventName = try requiredString("event_name")
        guard let payload = try stringMap("payload") else { throw .missing(name("payload")) }
        return IncomingMeterEvent(
            eventName: eventName, payload: payload, identifier: try string("identifier"),
            timestamp: try time("timestamp"), paramPrefix: path)
    }
}
