import Foundation
import TariffEngine

/// `tariff permissions --format json`: the permission list in the shape of Stripe's
/// restricted-key permissions, a typed value encoded by `JSONEncoder` (never spliced by hand).
struct PermissionsDocument: Encodable, Sendable, Hashable {
    /// One permission and why Tariff needs it.
    struct Item: Encodable, Sendable, Hashable {
        var permission: String
        var purpose: String
    }

    var permissions: [Item]

    init(_ report: PermissionReport) {
        permissions = report.entries.map { Item(permission: $0.permission.rawValue, purpose: $0.purpose) }
    }

    /// Pretty-printed with sorted keys and a final newline, so the output is stable to diff.
    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
