#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about an input file read without consuming it: its size, whether it is gzip, and
/// digests of byte ranges (for ``IngestSource``).
struct FileFingerprint {
    let path: String
    let size: Int64
    let isGzip: Bool
    private let descriptor: Int32

    /// Opens `path`; fails for a missing, unreadable or non-regular file.
    init(path: String) throws(IngestFileError) {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw IngestFileError(message: "cannot open: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            _ = closeDescriptor(descriptor)
            throw IngestFileError(message: "cannot stat: \(String(cString: strerror(errno)))")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            _ = closeDescriptor(descriptor)
            throw IngestFileError(message: "not a regular file")
        }
        size = Int64(info.st_size)
        var magic: [UInt8] = [0, 0]
        let file = descriptor
        let count = magic.withUnsafeMutableBytes { pread(file, $0.baseAddress, 2, 0) }
        isGzip = count == 2 && magic == [0x1F, 0x8B]
    }

    /// Closes the file.
    func close() { _ = closeDescriptor(descriptor) }

    /// The digest of bytes `start..<end` (clamped to the file).
    func digest(from start: Int64, to end: Int64) -> String {
        let lower = max(0, start)
        let upper = min(end, size)
        guard upper > lower else { return StableHash.key(UnsafeBufferPointer(start: nil, count: 0)) }
        var bytes = [UInt8](repeating: 0, count: Int(upper - lower))
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(lower)) }
        return bytes.withUnsafeBufferPointer {
            StableHash.key(UnsafeBufferPointer(rebasing: $0[0..<max(0, count)]))
        }
    }
}

/// `close(2)`, under a name that ``FileFingerprint/close()`` does not hide.
private func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }
