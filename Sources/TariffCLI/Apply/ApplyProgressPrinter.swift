import Foundation
import TariffEngine

/// Shows apply's progress on stderr: a live line on a terminal, one line per finished step
/// otherwise (CI logs), so stdout stays free for the report.
final class ApplyProgressPrinter: @unchecked Sendable {
    // The lock keeps lines from concurrent steps whole.
    private let lock = NSLock()
    private let interactive: Bool
    private var lastLength = 0

    init(interactive: Bool) {
        self.interactive = interactive
    }

    /// Handles one executor event.
    func handle(_ event: ApplyEvent) {
        lock.withLock {
            switch event {
            case .begin(let total):
                write("Applying \(total) step\(total == 1 ? "" : "s")…\n")
            case .stage(let stage, let count):
                if !interactive { write("== \(stage.name) (\(count))\n") }
            case .started(let step, let ordinal):
                if interactive { redraw("[\(ordinal) started] \(step.summary)") }
            case .finished(let result, let finished, let total):
                if interactive {
                    if result.outcome == .failed {
                        clearLine()
                        write("failed: \(result.summary)\n")
                    }
                    redraw("[\(finished)/\(total)] \(result.summary)")
                    if finished == total { clearLine() }
                } else {
                    let object = result.objectID.map { " (\($0))" } ?? ""
                    write("[\(finished)/\(total)] \(result.outcome.rawValue): \(result.summary)\(object)\n")
                }
            }
        }
    }

    /// Ends the live line before the report is printed.
    func finish() {
        lock.withLock { if interactive { clearLine() } }
    }

    private func redraw(_ text: String) {
        write("\r\u{1B}[K" + text)
        lastLength = text.count
    }

    private func clearLine() {
        if lastLength > 0 { write("\r\u{1B}[K") }
        lastLength = 0
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
