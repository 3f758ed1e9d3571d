#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line handed out by ``LineSplitter``.
struct SplitLine {
    /// The line's bytes, without its `\n`; valid only during the callback.
    var bytes: UnsafeBufferPointer<UInt8>
    /// 1-based line number in the file.
    var number: Int64
    /// Byte offset (in the uncompressed stream) just past this line's `\n`.
    var endOffset: Int64
    /// `false` for a last line without `\n`.
    var terminated: Bool
    /// `true` when the line was longer than the limit: `bytes` is then empty.
    var oversized: Bool
}

/// Splits a ``ByteSource`` into lines in constant memory: one read buffer plus the longest
/// allowed line. Longer lines are skipped (and reported as oversized), never buffered whole.
struct LineSplitter {
    /// Bytes read from the source per call.
    static let chunkSize = 1 << 20

    let maxLineLength: Int
    /// Line number and byte offset of the source's first byte (when resuming a file).
    var firstLineNumber: Int64 = 1
    var firstOffset: Int64 = 0

    init(maxLineLength: Int) {
        self.maxLineLength = maxLineLength
    }

    /// Calls `body` for every line of `source`, in order.
    func forEachLine(
        of source: inout some ByteSource, _ body: (SplitLine) throws -> Void
    ) throws {
        let capacity = Self.chunkSize + maxLineLength
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var filled = 0
        var lineNumber = firstLineNumber
        var bufferOffset = firstOffset  // stream offset of buffer[0]
        var skipping = false  // inside an oversized line, dropping bytes up to its end
        while true {
            let count = try source.read(
                into: UnsafeMutableRawBufferPointer(
                    rebasing: buffer[filled..<min(capacity, filled + Self.chunkSize)]))
            if count == 0 { break }
            let end = filled + count
            var start = 0
            var searchFrom = filled
            while searchFrom < end {
                guard let hit = memchr(base + searchFrom, 0x0A, end - searchFrom) else { break }
                let newline = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let line = SplitLine(
                    bytes: skipping
                        ? UnsafeBufferPointer(start: base, count: 0)
                        : UnsafeBufferPointer(start: base + start, count: newline - start),
                    number: lineNumber, endOffset: bufferOffset + Int64(newline + 1), terminated: true,
                    oversized: skipping || newline - start > maxLineLength)
                if line.oversized { skipping = false }
                try body(
                    line.oversized
                        ? SplitLine(
                            bytes: UnsafeBufferPointer(start: base, count: 0), number: line.number,
                            endOffset: line.endOffset, terminated: true, oversized: true) : line)
                lineNumber += 1
                start = newline + 1
                searchFrom = start
            }
            var leftover = end - start
            if skipping || leftover > maxLineLength {
                // The current line is already too long: drop what we have of it.
                skipping = true
                start = end
                leftover = 0
            }
            if start > 0, leftover > 0 { memmove(base, base + start, leftover) }
            bufferOffset += Int64(start)
            filled = leftover
        }
        if skipping || filled > 0 {
            try body(
                SplitLine(
                    bytes: UnsafeBufferPointer(start: base, count: skipping ? 0 : filled), number: lineNumber,
                    endOffset: bufferOffset + Int64(filled), terminated: false, oversized: skipping))
        }
    }
}
