import Foundation
import TariffStripe
import Testing

@testable import TariffEmulator

/// The emulator's invoice and credit-grant answers judged by stripe-python 16.1.0's types
/// (`Invoice`, `InvoiceLineItem`, `CreditGrant`, `CreditBalanceTransaction`,
/// `CreditBalanceSummary`) through the contract check (`scripts/contract/check.py`). Skipped where
/// python3 lacks stripe 16.1.0 (`scripts/bootstrap` installs it).
@Suite("Invoices and credit grants, judged by stripe-python's types")
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

    /// A request as stripe-python sends it: the pinned `Stripe-Version` (the harness sends
    /// none) and, on a POST, an idempotency key.
    @discardableResult
    static func send(_ account: InvoiceTests.Account, _ method: String, _ path: String, _ form: String = "")
        async -> Answer
    {
        var headers = [
            "authorization": "Bearer \(account.stripe.key)", "stripe-version": "2026-10-28.endive",
        ]
        if method == "POST" { headers["idempotency-key"] = UUID().uuidString }
        let request = StripeHTTPRequest(
            method: method, path: path, query: method == "POST" ? "" : form, headers: headers,
            body: method == "POST" ? Array(form.utf8) : [])
        let response = await account.stripe.emulator.handle(request)
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        return Answer(status: response.status, headers: response.headers, json: object ?? [:])
    }

    @Test(.enabled(if: hasStripeSDK, "python3 with stripe==16.1.0 is needed"))
    func answersSatisfyTheSDKTypes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-invoice-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let recording = directory.appendingPathComponent("all.ndjson")
        let account = await InvoiceTests.Account(recordingTo: ExchangeRecorder(path: recording.path))
        let grant = await Self.send(
            account, "POST", "/v1/billing/credit_grants",
            CreditGrantTests.grant(account.customer, 500, "&name=Pack&metadata[k]=v"))
        let scoped = await Self.send(
            account, "POST", "/v1/billing/credit_grants",
            "customer=\(account.customer)&amount[type]=monetary&amount[monetary][currency]=usd"
                + "&amount[monetary][value]=300&applicability_config[scope][prices][0][id]=\(account.fonts)"
                + "&category=promotional&priority=5&expires_at=\(InvoiceTests.march)")
        await account.stripe.send(
            "POST", "/v1/customers/\(account.customer)/balance_transactions", "amount=-100&currency=usd")
        await Self.send(
            account, "POST", "/v1/subscriptions/\(account.subscription)",
            "billing_thresholds[amount_gte]=4000")
        #expect(await account.usage("fonts", 7, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.usage("minutes", 61, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.advance(to: InvoiceTests.february + 60) == 200)  // a draft
        // Finalizes February's invoice (credits applied) and drafts and finalizes March's.
        #expect(await account.advance(to: InvoiceTests.march + 7_200) == 200)
        let list = await Self.send(account, "GET", "/v1/invoices", "customer=\(account.customer)")
        #expect(list.ids.count == 3, "a threshold invoice and two renewals")
        await Self.send(account, "GET", "/v1/invoices", "status=open&limit=1")
        for id in list.ids {
            await Self.send(account, "GET", "/v1/invoices/\(id)")
            await Self.send(account, "GET", "/v1/invoices/\(id)/lines", "limit=2")
        }
        await Self.send(account, "GET", "/v1/invoices/in_missing")
        await Self.send(
            account, "POST", "/v1/invoices/create_preview", "subscription=\(account.subscription)")
        await Self.send(account, "GET", "/v1/customers/\(account.customer)/balance_transactions")
        await Self.send(account, "GET", "/v1/billing/credit_grants", "customer=\(account.customer)")
        await Self.send(account, "GET", "/v1/billing/credit_grants/\(scoped.string("id") ?? "")")
        await Self.send(
            account, "GET", "/v1/billing/credit_balance_transactions", "customer=\(account.customer)")
        await Self.send(
            account, "GET", "/v1/billing/credit_balance_summary",
            "customer=\(account.customer)&filter[type]=applicability_scope"
                + "&filter[applicability_scope][price_type]=metered")
        let grantID = grant.string("id") ?? ""
        await Self.send(account, "POST", "/v1/billing/credit_grants/\(grantID)/expire")
        await Self.send(account, "POST", "/v1/billing/credit_grants/\(grantID)/void")
        let refused = await Self.send(
            account, "POST", "/v1/billing/credit_grants",
            CreditGrantTests.grant(account.customer, 5, "&priority=101"))
        #expect(refused.status == 400)
        // Only these exchanges: the harness's setup POSTs carry no idempotency keys.
        let judgedLines = try String(contentsOf: recording, encoding: .utf8).split(separator: "\n")
            .filter { line in
                [
                    "/v1/invoices", "/v1/billing/credit_",
                    "/v1/customers/\(account.customer)/balance_transactions", "/v1/subscriptions/",
                ]
                .contains { line.contains("\"path\":\"\($0)") }
                    && !line.contains("\"method\":\"POST\",\"path\":\"/v1/customers")
            }
        #expect(judgedLines.count == 21)
        let judged = directory.appendingPathComponent("judged.ndjson")
        try (judgedLines.joined(separator: "\n") + "\n").write(to: judged, atomically: true, encoding: .utf8)
        let result = try #require(Self.python(["scripts/contract/check.py", judged.path, "--min", "21"]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("21 passed, 0 failed"), "\(result.output)")
        #expect(result.output.contains("POST /v1/billing/credit_grants/{id}/void"), "\(result.output)")
    }
}
