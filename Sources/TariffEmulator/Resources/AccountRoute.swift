extension EmulatorState {
    /// `GET /v1/account`: the account the key belongs to; `livemode` follows the key.
    mutating func accountRoute(_ call: EmulatorCall) throws -> JSONValue {
        guard call.method == "GET", call.segments.count == 1 else { throw call.unrecognized }
        try call.params.rejectUnknown([])
        return .object([
            ("id", .string(accountID)),
            ("object", .string("account")),
            ("business_profile", .object([("name", .string("Tariff Emulator")), ("url", .null)])),
            ("charges_enabled", .bool(true)),
            ("country", .string("US")),
            ("default_currency", .string("usd")),
            ("details_submitted", .bool(true)),
            ("email", .string("emulator@example.com")),
            ("livemode", .bool(livemode)),
            ("payouts_enabled", .bool(true)),
            ("type", .string("standard")),
        ])
    }
}
