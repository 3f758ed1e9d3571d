import TariffDiagnostics

/// The schema stage's result: the typed model with every unreadable entry left out, plus the
/// names that were declared at all, so that the semantic checks do not report a reference to an
/// entry as dangling when that entry merely had an error of its own.
struct ConfigDraft: Sendable {
    var config: Config
    /// Keys of every `meters:` entry, readable or not.
    var declaredMeters: Set<String> = []
    /// Product key → keys of every price declared under it, readable or not.
    var declaredPrices: [String: Set<String>] = [:]
    /// Fields that were written but unreadable (already reported).
    var unreadable: Set<UnreadableField> = []
}

extension SchemaReader {
    /// The only config language version there is.
    static let supportedVersion = 1

    /// Reads the merged root mapping of a config into a draft model.
    mutating func readConfig(_ root: YAMLNode) -> ConfigDraft? {
        guard let fields = fields(root, .config, "the config") else { return nil }
        let version = readVersion(fields)
        let stripe = fields.take("stripe").flatMap { readStripe($0) } ?? StripeSettings()
        let idMapping = fields.take("id_mapping").flatMap { readIDMapping($0) } ?? IDMapping()
        var draft = ConfigDraft(
            config: Config(
                version: version, stripe: stripe, idMapping: idMapping, meters: [], products: []))
        draft.config.usage = fields.take("usage").flatMap { readUsage($0) }
        if let node = fields.take("meters"), let entries = entries(node, "'meters'") {
            draft.declaredMeters = Set(entries.map(\.key.value))
            draft.config.meters = entries.compactMap { readMeter($0.key, $0.pair) }
        }
        if let node = fields.take("products"), let entries = entries(node, "'products'") {
            for (key, pair) in entries {
                let (product, priceKeys) = readProduct(key, pair)
                draft.declaredPrices[key.value] = priceKeys
                if let product { draft.config.products.append(product) }
            }
        }
        finish(fields)
        draft.unreadable = unreadable
        return draft
    }

    /// `version: 1`, required: later versions of the language may change meanings.
    private mutating func readVersion(_ fields: MappingFields) -> Located<Int> {
        guard let node = required("version", in: fields) else {
            return .defaulted(Self.supportedVersion)
        }
        guard let version = integer(node, "'version'") else { return .defaulted(Self.supportedVersion) }
        if version.value != Self.supportedVersion {
            bag.error(
                "config.unsupported-version",
                "version \(version.value) is not supported; this tariff reads version \(Self.supportedVersion)",
                at: node.range, fixIt: String(Self.supportedVersion))
        }
        return version
    }

    /// `id_mapping:`.
    mutating func readIDMapping(_ node: YAMLNode) -> IDMapping? {
        guard let fields = fields(node, .idMapping, "'id_mapping'") else { return nil }
        var mapping = IDMapping(range: node.range)
        if let value = fields.take("company_id").flatMap({ string($0, "'id_mapping.company_id'") }) {
            mapping.companyID = value
        }
        mapping.userID = fields.take("user_id").flatMap { string($0, "'id_mapping.user_id'") }
        if let value = fields.take("on_missing").flatMap({
            enumeration($0, OnMissingID.self, "'id_mapping.on_missing'")
        }) {
            mapping.onMissing = value
        }
        finish(fields)
        return mapping
    }
}
