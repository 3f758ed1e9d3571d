import Foundation

/// `tariff usage ingest`: streams NDJSON files (plain or gzip) into the store's `events` table.
///
/// Each file is read in constant memory (``LineSplitter``), each line checked and mapped
/// (``EventExtractor``), and events inserted with one prepared statement in transactions of
/// ``IngestOptions/batchSize`` events. The file's offset is saved in the same transaction, so
/// ingest is incremental (an appended file resumes where the last run stopped), idempotent (the
/// same file twice, or the same event id twice, adds nothing) and safe to interrupt.
package final class UsageIngester {
    private let store: UsageStore
    private let options: IngestOptions
    private let extractor: EventExtractor
    private let progress: ((IngestProgress) -> Void)?

    /// Fails when a mapped field path has too many segments.
    package init(
        store: UsageStore, options: IngestOptions, progress: ((IngestProgress) -> Void)? = nil
    ) throws(UsageStoreError) {
        guard
            let extractor = EventExtractor(mapping: options.mapping, nowMicroseconds: options.nowMicroseconds)
        else {
            throw UsageStoreError(
                "an event field path has more than \(JSONFieldPaths.maxSegments) segments: "
                    + "\(options.mapping.time), \(options.mapping.company), \(options.mapping.id ?? "-")")
        }
        self.store = store
        self.options = options
        self.extractor = extractor
        self.progress = progress
    }

    /// Ingests `paths` (files and directories) and returns what happened. Bad input is counted
    /// in the summary; only a failing store throws.
    package func ingest(_ paths: [String]) throws(UsageStoreError) -> IngestSummary {
        let (files, ignored) = IngestInputs.expand(paths)
        var summary = IngestSummary()
        summary.ignoredFiles = ignored
        try store.withDatabase { database throws(UsageStoreError) in
            var run = try IngestRun(
                database: database, store: store, extractor: extractor, options: options, progress: progress)
            for file in files {
                try run.ingest(file: file, into: &summary)
            }
            try run.finish()
        }
        return summary
    }
}

/// The state of one ingest run over an open database: prepared statements and the open batch.
private struct IngestRun {
    let database: SQLiteDatabase
    let store: UsageStore
    let extractor: EventExtractor
    let options: IngestOptions
    let progress: ((IngestProgress) -> Void)?
    let insert: SQLiteStatement
    let lookup: SQLiteStatement
    let saveSource: SQLiteStatement
    /// Events in the open transaction.
    var pending = 0
    var inTransaction = false

    init(
        database: SQLiteDatabase, store: UsageStore, extractor: EventExtractor, options: IngestOptions,
        progress: ((IngestProgress) -> Void)?
    ) throws(UsageStoreError) {
        self.database = database
        self.store = store
        self.extractor = extractor
        self.options = options
        self.progress = progress
        insert = try database.prepare(
            "INSERT INTO events (event_key, ts, company, body) VALUES (?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING"
        )
        lookup = try database.prepare("SELECT body FROM events WHERE event_key = ?")
        saveSource = try database.prepare(UsageStore.saveIngestSourceSQL)
    }

    mutating func finish() throws(UsageStoreError) {
        if inTransaction { try database.execute("COMMIT") }
        inTransaction = false
    }

    private mutating func begin() throws(UsageStoreError) {
        if !inTransaction {
            try database.execute("BEGIN IMMEDIATE")
            inTransaction = true
        }
    }

    /// Reads one file, resuming or skipping it when the store has seen it.
    mutating func ingest(file: String, into summary: inout IngestSummary) throws(UsageStoreError) {
        let fingerprint: FileFingerprint
        do {
            fingerprint = try FileFingerprint(path: file)
        } catch {
            summary.record(.unreadableFile, at: file, detail: error.message)
            summary.files.append(.init(path: file, status: .failed, compressed: false, bad: 1))
            return
        }
        defer { fingerprint.close() }
        let identity = IngestInputs.canonical(file)
        let known = try store.ingestSource(path: identity, in: database)
        var state = IngestSource(
            path: identity, compressed: fingerprint.isGzip, size: fingerprint.size, headHash: "",
            tailHash: "",
            byteOffset: 0, line: 0, complete: false, ingestedAt: options.nowMicroseconds / 1_000_000)
        var status = IngestFileSummary.Status.read
        var skipLines: Int64 = 0
        if let known, known.compressed == fingerprint.isGzip {
            if fingerprint.isGzip {
                let sameFile =
                    known.size == fingerprint.size
                    && known.headHash == fingerprint.digest(from: 0, to: IngestSource.fingerprintBytes)
                    && known.tailHash
                        == fingerprint.digest(
                            from: fingerprint.size - IngestSource.fingerprintBytes, to: fingerprint.size)
                if sameFile, known.complete {
                    summary.files.append(.init(path: file, status: .unchanged, compressed: true))
                    return
                }
                if sameFile {
                    // An interrupted run: skip the lines it committed.
                    skipLines = known.line
                    status = .resumed
                }
            } else if fingerprint.size >= known.byteOffset,
                known.headHash
                    == fingerprint.digest(from: 0, to: min(IngestSource.fingerprintBytes, known.byteOffset)),
                known.tailHash
                    == fingerprint.digest(
                        from: known.byteOffset - IngestSource.fingerprintBytes, to: known.byteOffset)
            {
                if fingerprint.size == known.byteOffset {
                    summary.files.append(.init(path: file, status: .unchanged, compressed: false))
                    return
                }
                state.byteOffset = known.byteOffset
                state.line = known.line
                status = .resumed
            }
        }
        var fileSummary = IngestFileSummary(path: file, status: status, compressed: fingerprint.isGzip)
        do {
            if fingerprint.isGzip {
                var source = try GzipFileSource(path: file)
                try readLines(
                    of: &source, file: file, fingerprint: fingerprint, state: &state, skipLines: skipLines,
                    fileSummary: &fileSummary, summary: &summary)
            } else {
                var source = try PlainFileSource(path: file, offset: state.byteOffset)
                try readLines(
                    of: &source, file: file, fingerprint: fingerprint, state: &state, skipLines: 0,
                    fileSummary: &fileSummary, summary: &summary)
            }
        } catch let error as UsageStoreError {
            throw error
        } catch let error as IngestFileError {
            let reason: BadEventReason = fingerprint.isGzip ? .corruptGzip : .unreadableFile
            summary.record(reason, at: "\(file):\(state.line + 1)", detail: error.message)
            fileSummary.status = .failed
            fileSummary.bad += 1
        } catch {
            throw UsageStoreError("ingest of \(file) failed: \(error)")
        }
        // Save how far the file was read, in the batch's transaction.
        try begin()
        try saveState(state, fingerprint: fingerprint)
        summary.files.append(fileSummary)
    }

    /// Writes the file's state with fresh digests of what was consumed.
    private func saveState(_ state: IngestSource, fingerprint: FileFingerprint) throws(UsageStoreError) {
        var state = state
        if state.compressed {
            state.headHash = fingerprint.digest(from: 0, to: IngestSource.fingerprintBytes)
            state.tailHash = fingerprint.digest(
                from: fingerprint.size - IngestSource.fingerprintBytes, to: fingerprint.size)
        } else {
            state.headHash = fingerprint.digest(
                from: 0, to: min(IngestSource.fingerprintBytes, state.byteOffset))
            state.tailHash = fingerprint.digest(
                from: state.byteOffset - IngestSource.fingerprintBytes, to: state.byteOffset)
        }
        try store.saveIngestSource(state, with: saveSource)
    }

    private mutating func readLines(
        of source: inout some ByteSource, file: String, fingerprint: FileFingerprint,
        state: inout IngestSource,
        skipLines: Int64, fileSummary: inout IngestFileSummary, summary: inout IngestSummary
    ) throws {
        var splitter = LineSplitter(maxLineLength: options.maxLineLength)
        splitter.firstLineNumber = state.line + 1
        splitter.firstOffset = state.byteOffset
        try splitter.forEachLine(of: &source) { line in
            if line.number <= skipLines { return }
            try handle(line, file: file, state: &state, fileSummary: &fileSummary, summary: &summary)
            if pending >= options.batchSize {
                try saveState(state, fingerprint: fingerprint)
                try database.execute("COMMIT")
                inTransaction = false
                pending = 0
            }
            if line.number % 65_536 == 0, let progress {
                progress(
                    IngestProgress(
                        path: file, lines: fileSummary.lines, added: summary.eventsAdded,
                        bytes: line.endOffset,
                        fileSize: fingerprint.size, compressed: fingerprint.isGzip))
            }
        }
        if fingerprint.isGzip { state.complete = true }
    }

    /// Handles one line: counts it, and inserts its event or records why not.
    private mutating func handle(
        _ line: SplitLine, file: String, state: inout IngestSource, fileSummary: inout IngestFileSummary,
        summary: inout IngestSummary
    ) throws(UsageStoreError) {
        var bytes = line.bytes
        func location() -> String { "\(file):\(line.number)" }
        if line.oversized {
            count(
                .lineTooLong, at: location(), detail: "over \(options.maxLineLength) bytes", line, &state,
                &fileSummary, &summary)
            return
        }
        if line.number == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            summary.record(.byteOrderMark, at: location(), detail: "EF BB BF before the first event")
            fileSummary.bad += 1
        }
        if EventExtractor.trimmed(bytes).isEmpty {
            summary.blankLines += 1
            advance(line, &state)
            return
        }
        switch extractor.extract(bytes) {
        case .failure(let rejection):
            if !line.terminated {
                // A last line still being written: leave it for the next run.
                summary.record(.unterminatedLastLine, at: location(), detail: rejection.detail)
                fileSummary.bad += 1
                summary.linesRead += 1
                fileSummary.lines += 1
                return
            }
            count(
                rejection.reason, at: location(), detail: rejection.detail, line, &state, &fileSummary,
                &summary)
        case .success(let event):
            try begin()
            if let note = event.note {
                summary.record(note, at: location(), detail: note.explanation)
                fileSummary.bad += 1
            }
            insert.bind(event.key, at: 1)
            insert.bind(event.milliseconds, at: 2)
            insert.bind(event.company, at: 3)
            insert.bindText(event.body, at: 4)
            try insert.step()
            insert.reset()
            if database.changes > 0 {
                summary.eventsAdded += 1
                fileSummary.added += 1
                pending += 1
            } else if event.hasID, try !sameBody(key: event.key, body: event.body) {
                summary.record(
                    .conflictingDuplicateID, at: location(), detail: "id \(event.key.dropFirst(2))")
                fileSummary.bad += 1
            } else {
                summary.duplicates += 1
                fileSummary.duplicates += 1
            }
            summary.linesRead += 1
            fileSummary.lines += 1
            advance(line, &state)
        }
    }

    /// Counts a rejected line and moves past it.
    private func count(
        _ reason: BadEventReason, at location: @autoclosure () -> String, detail: @autoclosure () -> String,
        _ line: SplitLine, _ state: inout IngestSource,
        _ fileSummary: inout IngestFileSummary, _ summary: inout IngestSummary
    ) {
        summary.record(reason, at: location(), detail: detail())
        summary.linesRead += 1
        fileSummary.lines += 1
        fileSummary.bad += 1
        advance(line, &state)
    }

    private func advance(_ line: SplitLine, _ state: inout IngestSource) {
        state.byteOffset = line.endOffset
        state.line = line.number
    }

    /// Whether the stored event under `key` has exactly `body`.
    private func sameBody(key: String, body: UnsafeBufferPointer<UInt8>) throws(UsageStoreError) -> Bool {
        lookup.bind(key, at: 1)
        defer { lookup.reset() }
        guard try lookup.step(), let stored = lookup.text(0) else { return false }
        return stored.utf8.elementsEqual(body)
    }
}
