extension EmulatorState {
    /// `GET /v1/account`: the account the key belongs to. Stripe's account object has no
    /// `livemode` (clients tell the mode from the key's prefix), so neither has the emulator's.
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
            ("payouts_enabled", .bool(true)),
            ("type", .string("standard")),
        ])
    }
}
