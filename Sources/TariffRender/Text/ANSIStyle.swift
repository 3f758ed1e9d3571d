import TariffEngine

/// ANSI styling for the text plan, applied only when the caller asks for colour (the CLI decides
/// from `--color`, the TTY and `NO_COLOR`; the renderer stays a pure function).
struct ANSIStyle: Sendable {
    var enabled: Bool

    /// Terraform's palette: green adds, yellow changes, red removes; replace, migrate and adopt get
    /// their own colours so they stand out in a long plan.
    func symbol(_ kind: ActionKind) -> String {
        paint(kind.symbol, code: code(for: kind))
    }

    /// A per-field marker (`+`, `~`, `-`) in the colour of the change it shows.
    func marker(_ marker: String) -> String {
        switch marker {
        case "+": paint(marker, code: "32")
        case "-": paint(marker, code: "31")
        default: paint(marker, code: "33")
        }
    }

    func bold(_ text: String) -> String { paint(text, code: "1") }
    func red(_ text: String) -> String { paint(text, code: "31") }
    func yellow(_ text: String) -> String { paint(text, code: "33") }
    func dim(_ text: String) -> String { paint(text, code: "2") }

    private func code(for kind: ActionKind) -> String {
        switch kind {
        case .create: "32"
        case .update: "33"
        case .replace: "35"
        case .archive: "31"
        case .migrate: "36"
        case .adopt: "34"
        }
    }

    private func paint(_ text: String, code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
