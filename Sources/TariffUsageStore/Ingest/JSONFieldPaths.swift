/// The dotted paths whose values a scan extracts from each event (time, company, id, …).
///
/// A path `request.time` names the key `time` inside the object under `request`. A key that
/// itself holds dots (OpenTelemetry's `http.route`) is matched too: `attributes.http.route`
/// finds `{"attributes": {"http.route": …}}` as well as `{"attributes": {"http": {"route": …}}}`.
struct JSONFieldPaths: Sendable {
    /// At most this many paths, each of at most this many segments (a 64-bit match mask).
    static let maxPaths = 8
    static let maxSegments = 8

    /// The paths as written.
    let paths: [String]
    /// `joined[path][from][to]`: the UTF-8 of segments `from..<to` joined with dots.
    let joined: [[[[UInt8]]]]
    /// The segment count of each path.
    let segmentCounts: [Int]

    /// Splits each path at its dots; `nil` when there are too many paths or segments, or an
    /// empty segment.
    init?(_ paths: [String]) {
        guard paths.count <= Self.maxPaths else { return nil }
        var joined: [[[[UInt8]]]] = []
        var counts: [Int] = []
        for path in paths {
            let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard segments.count <= Self.maxSegments, !segments.contains(where: \.isEmpty) else {
                return nil
            }
            var table: [[[UInt8]]] = []
            for from in 0..<segments.count {
                var row: [[UInt8]] = Array(repeating: [], count: segments.count + 1)
                for to in (from + 1)...segments.count {
                    row[to] = Array(segments[from..<to].joined(separator: ".").utf8)
                }
                table.append(row)
            }
            joined.append(table)
            counts.append(segments.count)
        }
        self.paths = paths
        self.joined = joined
        self.segmentCounts = counts
        var flat: [UInt8] = []
        var entries: [Entry] = []
        var ranges = [Range<Int>](repeating: 0..<0, count: 64)
        for path in 0..<paths.count {
            for from in 0..<counts[path] {
                let first = entries.count
                for to in (from + 1)...counts[path] {
                    let bytes = joined[path][from][to]
                    entries.append(
                        Entry(
                            path: path, to: to, last: to == counts[path], start: flat.count,
                            length: bytes.count))
                    flat.append(contentsOf: bytes)
                }
                ranges[path * Self.maxSegments + from] = first..<entries.count
            }
        }
        self.flat = flat
        self.entries = entries
        self.entryRanges = ranges
    }

    /// One way a key can continue a path: the key spells segments `from..<to` of `path`.
    struct Entry {
        var path: Int
        var to: Int
        /// `to` is the path's end: the key's value is the path's value.
        var last: Bool
        /// The spelling's bytes in ``flat``.
        var start: Int
        var length: Int
    }

    /// Every spelling's bytes, back to back (so that matching a key allocates nothing).
    let flat: [UInt8]
    let entries: [Entry]
    /// For match-mask bit `path * maxSegments + from`, the entries that continue from there.
    let entryRanges: [Range<Int>]

    /// The match state at the top of an event: every path has matched no segment yet.
    var rootMask: UInt64 {
        var mask: UInt64 = 0
        for path in 0..<paths.count { mask |= 1 << UInt64(path * Self.maxSegments) }
        return mask
    }
}
