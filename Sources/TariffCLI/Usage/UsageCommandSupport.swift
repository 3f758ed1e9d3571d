import ArgumentParser
import Foundation
import TariffConfig
import TariffUsageStore

/// What the `tariff usage` commands share: the config's `usage:` section and its field mapping.
enum UsageCommandSupport {
    /// The config's `usage:` section; a config without one cannot evaluate usage.
    static func settings(of config: Config) throws -> UsageSettings {
        guard let usage = config.usage else {
            FileHandle.standardError.write(
                Data(
                    ("error: the config has no usage: section; add one with usage.events (a preset such as "
                        + "moesif, or fields: time and company) to say how events are read (docs/config.md#usage)\n")
                        .utf8))
            throw ExitCode(1)
        }
        return usage
    }

    /// The event field paths in effect (the checker guarantees time and company).
    static func mapping(of settings: UsageSettings) throws -> EventFieldMapping {
        guard let time = settings.events.fields.time?.value,
            let company = settings.events.fields.company?.value
        else {
            FileHandle.standardError.write(
                Data("error: usage.events names no time or company field; set a preset or fields:\n".utf8))
            throw ExitCode(1)
        }
        return EventFieldMapping(time: time, company: company, id: settings.events.fields.id?.value)
    }
}
