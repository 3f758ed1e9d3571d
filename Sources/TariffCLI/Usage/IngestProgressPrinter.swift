import Foundation
import TariffUsageStore

/// A one-line progress display on stderr while ingesting, redrawn at most 5 times a second;
/// only when stderr is a terminal, so logs and pipes get the summary alone.
final class IngestProgressPrinter {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// A printer when stderr is a terminal, else `nil`.
    static func forStandardError() -> IngestProgressPrinter? {
        isatty(STDERR_FILENO) == 1 ? IngestProgressPrinter() : nil
    }

    func update(_ progress: IngestProgress) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        var line = "ingesting \((progress.path as NSString).lastPathComponent): \(progress.lines) lines"
        if !progress.compressed, progress.fileSize > 0 {
            line += " (\(min(100, progress.bytes * 100 / progress.fileSize))%)"
        }
        line += ", \(progress.added) added, \(Int(Double(progress.added) / elapsed)) events/s"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        drawn = true
    }

    /// Clears the progress line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
