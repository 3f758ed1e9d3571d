package import TariffDiagnostics

/// One field of an action: its value before (live) and after (YAML).
///
/// `field` is the typed field (its ``PlanField/path`` is Stripe's parameter path: `unit_amount`,
/// `recurring.interval`, `metadata.team`, `currency_options.eur`). `before == nil` means absent on
/// Stripe (or a create); `after == nil` means the YAML removes it (a metadata key Tariff manages).
/// Apply sends exactly the changed fields, and the renderers print exactly these rows.
package struct FieldChange: Sendable, Hashable {
    package var field: PlanField
    package var before: PlanValue?
    package var after: PlanValue?
    /// Whether the field is create-only on Stripe, so that this change alone forces a replacement
    /// (the text renderer prints `# forces replacement` beside it).
    package var forcesReplacement: Bool
    /// Whether the live value differs because of an edit outside Tariff rather than a YAML edit.
    /// Tariff cannot tell the two apart for sure; it is set when the object was last written by
    /// something other than this YAML, e.g. metadata `tariff_key` intact but a field changed.
    package var isDrift: Bool
    /// Where the YAML sets the field; `nil` for a default the YAML left out.
    package var range: SourceRange?

    package init(
        field: PlanField, before: PlanValue?, after: PlanValue?, forcesReplacement: Bool = false,
        isDrift: Bool = false, range: SourceRange? = nil
    ) {
        self.field = field
        self.before = before
        self.after = after
        self.forcesReplacement = forcesReplacement
        self.isDrift = isDrift
        self.range = range
    }
}
