import Foundation
import Testing
import TariffStripe

@testable import TariffEmulator

/// The emulator's invoice answers judged by stripe-python 16.1.0's `Invoice` and
/// `InvoiceLineItem` types through the contract check (`scripts/contract/check.py`). Skipped
/// where python3 lacks stripe 16.1.0 (`scripts/bootstrap` installs it).
@Suite("Invoices, judged by stripe-python's types")
struct InvoiceContractTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func python(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = repositoryRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let hasStripeSDK =
        python(["-c", "import stripe, sys; sys.exit(stripe.VERSION != '16.1.0')"])?.status == 0

    /// A GET as stripe-python sends it, with the pinned `Stripe-Version` (the harness sends none).
    @discardableResult
    static func get(_ account: InvoiceTests.Account, _ path: String, _ query: String = "") async -> Answer {
        let request = StripeHTTPRequest(
            method: "GET", path: path, query: query,
            headers: [
                "authorization": "Bearer \(account.stripe.key)", "stripe-version": "2026-10-28.endive",
            ],
            body: [])
        let response = await account.stripe.emulator.handle(request)
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        return Answer(status: response.status, headers: response.headers, json: object ?? [:])
    }

    @Test(.enabled(if: hasStripeSDK, "python3 with stripe==16.1.0 is needed"))
    func invoiceAnswersSatisfyTheSDKTypes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-invoice-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let recording = directory.appendingPathComponent("all.ndjson")
        let account = await InvoiceTests.Account(recordingTo: ExchangeRecorder(path: recording.path))
        #expect(await account.usage("fonts", 7, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.usage("minutes", 61, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.advance(to: InvoiceTests.february + 60) == 200)  // a draft
        #expect(await account.advance(to: InvoiceTests.march + 7_200) == 200)  // finalized, and one more
        let list = await Self.get(account, "/v1/invoices", "customer=\(account.customer)")
        #expect(list.ids.count == 2)
        await Self.get(account, "/v1/invoices", "status=open&limit=1")
        for id in list.ids {
            await Self.get(account, "/v1/invoices/\(id)")
            await Self.get(account, "/v1/invoices/\(id)/lines", "limit=2")
        }
        await Self.get(account, "/v1/invoices/in_missing")
        // Only the invoice exchanges: the harness's setup POSTs carry no idempotency keys.
        let invoiceLines = try String(contentsOf: recording, encoding: .utf8).split(separator: "\n")
            .filter { $0.contains("\"path\":\"/v1/invoices") }
        #expect(invoiceLines.count == 7)
        let judged = directory.appendingPathComponent("invoices.ndjson")
        try (invoiceLines.joined(separator: "\n") + "\n").write(to: judged, atomically: true, encoding: .utf8)
        let result = try #require(Self.python(["scripts/contract/check.py", judged.path, "--min", "7"]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("7 passed, 0 failed"), "\(result.output)")
    }
}
