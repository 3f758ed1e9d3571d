/// One UTC window of usage as reconciliation sees it: `[start, end)` in Unix seconds.
///
/// Kept apart from the config's window size so that the reconciliation stays a pure function of
/// numbers: whoever computes totals (the store, a warehouse through `--totals`) hands over the
/// window each total belongs to.
package struct ReportWindow: Sendable, Hashable, Comparable, Codable {
    /// Inclusive start, Unix seconds (UTC).
    package var start: Int64
    /// Exclusive end, Unix seconds (UTC).
    package var end: Int64

    package init(start: Int64, end: Int64) {
        self.start = start
        self.end = end
    }

    /// The window of `seconds` length (3,600 or 86,400) holding `time`, aligned on UTC.
    package init(containing time: Int64, length seconds: Int64) {
        let start = time - ((time % seconds) + seconds) % seconds
        self.init(start: start, end: start + seconds)
    }

    /// The window's length in seconds.
    package var length: Int64 { end - start }

    /// The UTC day (`[00:00, 24:00)`) the window starts in.
    package var day: ReportWindow { ReportWindow(containing: start, length: 86_400) }

    package static func < (lhs: ReportWindow, rhs: ReportWindow) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
