/// The dotted paths of an event's time, company and optional id: a preset's fields with the
/// config's `fields:` overrides applied (``UsageEvents/fields``).
package struct EventFieldMapping: Sendable, Hashable {
    package var time: String
    package var company: String
    package var id: String?

    package init(time: String, company: String, id: String? = nil) {
        self.time = time
        self.company = company
        self.id = id
    }
}
