import CZlib

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `read(2)`, under a name that the sources' own `read` methods do not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// A file's bytes in chunks: plain, or gzip-inflated (every member of a multi-member file).
protocol ByteSource {
    /// Fills `buffer` with the next bytes; 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFileError) -> Int
}

/// A failure reading a whole file: it is reported, and the run goes on with the next file.
struct IngestFileError: Error, Equatable {
    var message: String
}

/// A plain file read with `read(2)`, from a starting byte offset.
final class PlainFileSource: ByteSource {
    private let descriptor: Int32
    let path: String

    init(path: String, offset: Int64 = 0) throws(IngestFileError) {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw IngestFileError(message: "cannot open: \(String(cString: strerror(errno)))")
        }
        if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            close(descriptor)
            throw IngestFileError(message: "cannot seek: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(descriptor) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFileError) -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw IngestFileError(message: "read failed: \(String(cString: strerror(errno)))")
        }
    }
}

/// A gzip file inflated by the system zlib, in constant memory.
final class GzipFileSource: ByteSource {
    private let file: PlainFileSource
    private var stream = z_stream()
    private var input: UnsafeMutableRawBufferPointer
    private var inputEnded = false
    private var finished = false
    /// A failure found after some output of the same call: reported by the next call.
    private var pendingError: IngestFileError?
    /// Compressed bytes consumed, for the corrupt-file message.
    private(set) var compressedOffset: Int64 = 0

    init(path: String) throws(IngestFileError) {
        file = try PlainFileSource(path: path)
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
        // 15 + 32: a window of 2^15 and automatic gzip/zlib header detection.
        let code = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard code == Z_OK else {
            input.deallocate()
            throw IngestFileError(message: "zlib cannot start (code \(code))")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFileError) -> Int {
        if let pendingError { throw pendingError }
        do {
            return try inflateChunk(into: buffer)
        } catch {
            let produced = buffer.count - Int(stream.avail_out)
            guard produced > 0 else { throw error }
            // Hand out what was inflated before the damage; fail on the next call.
            pendingError = error
            return produced
        }
    }

    private func inflateChunk(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFileError) -> Int {
        guard !finished, let output = buffer.baseAddress else { return 0 }
        stream.next_out = output.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(buffer.count)
        while stream.avail_out == uInt(buffer.count) {
            if stream.avail_in == 0, !inputEnded {
                let count = try file.read(into: input)
                if count == 0 {
                    inputEnded = true
                } else {
                    stream.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = uInt(count)
                }
            }
            let before = stream.avail_in
            let code = inflate(&stream, Z_NO_FLUSH)
            compressedOffset += Int64(before - stream.avail_in)
            switch code {
            case Z_OK, Z_BUF_ERROR:
                if stream.avail_in == 0, inputEnded, stream.avail_out == uInt(buffer.count) {
                    throw IngestFileError(
                        message:
                            "the gzip data ends early (at compressed byte \(compressedOffset)): the file is cut off"
                    )
                }
            case Z_STREAM_END:
                // Another gzip member may follow (as `cat a.gz b.gz` makes).
                if stream.avail_in == 0, !inputEnded {
                    let count = try file.read(into: input)
                    if count == 0 {
                        inputEnded = true
                    } else {
                        stream.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
                        stream.avail_in = uInt(count)
                    }
                }
                if stream.avail_in == 0, inputEnded {
                    finished = true
                    return buffer.count - Int(stream.avail_out)
                }
                inflateReset(&stream)
            default:
                let detail = stream.msg.map { String(cString: $0) } ?? "code \(code)"
                throw IngestFileError(
                    message: "the gzip data is corrupt at compressed byte \(compressedOffset) (\(detail))")
            }
        }
        return buffer.count - Int(stream.avail_out)
    }
}
