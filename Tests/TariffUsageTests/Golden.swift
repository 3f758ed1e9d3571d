import Foundation
import Testing

/// Golden files under `Goldens/`, re-recorded with `TARIFF_RECORD_GOLDENS=1`.
enum Golden {
    /// Found from this file's path, so that recording writes the files in the repository.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["TARIFF_RECORD_GOLDENS"] == "1"
    }

    /// Expects `actual` to equal the golden file `name`, or records it when recording.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
        let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
        let message =
            "\(name) differs from the golden at line \(first + 1):\n  got:  \(got)\n  want: \(want)\n"
            + "Re-record with TARIFF_RECORD_GOLDENS=1 if the change is intended."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
