import Testing

@testable import TariffEmulator

@Suite("Form decoding")
struct FormNodeTests {
    @Test func nestedKeysBecomeChildren() {
        let root = FormNode.decode("recurring[interval]=month&recurring[meter]=mtr_1&currency=usd")
        #expect(root["recurring"]?["interval"]?.value == "month")
        #expect(root["recurring"]?["meter"]?.value == "mtr_1")
        #expect(root["currency"]?.value == "usd")
        #expect(root.keys == ["recurring", "currency"])
    }

    @Test func appendedAndIndexedArraysDecodeAlike() throws {
        let appended = FormParams(node: FormNode.decode("expand[]=a&expand[]=b"))
        let indexed = FormParams(node: FormNode.decode("expand[1]=b&expand[0]=a"))
        #expect(try appended.strings("expand") == ["a", "b"])
        #expect(try indexed.strings("expand") == ["a", "b"])
    }

    @Test func arraysOfObjectsKeepTheirFieldsGrouped() throws {
        let params = FormParams(
            node: FormNode.decode("items[0][price]=p1&items[1][price]=p2&items[0][quantity]=3"))
        let items = try #require(try params.objects("items"))
        #expect(items.count == 2)
        #expect(try items[0].string("price") == "p1")
        #expect(try items[0].int("quantity") == 3)
        #expect(try items[1].string("price") == "p2")
        #expect(items[1].name("price") == "items[1][price]")
    }

    @Test(arguments: [
        ("a%20b", "a b"), ("a+b", "a b"), ("%E2%82%AC", "€"), ("100%25", "100%"), ("bad%zz", "bad%zz"),
        ("%5Bx%5D", "[x]"),
    ])
    func percentDecoding(encoded: String, decoded: String) {
        #expect(FormNode.percentDecode(encoded) == decoded)
    }

    @Test func encodedBracketsInKeysStillNest() {
        let root = FormNode.decode("metadata%5Bplan%5D=pro")
        #expect(root["metadata"]?["plan"]?.value == "pro")
    }

    @Test func emptyValueIsKeptAsEmptyString() {
        let params = FormParams(node: FormNode.decode("nickname=&metadata[old]="))
        #expect(params.isEmptied("nickname"))
        #expect(params.node["metadata"]?["old"]?.value == "")
    }

    @Test func metadataPatchSetsRemovesAndClears() throws {
        var metadata = ["keep": "1", "old": "2"]
        try MetadataPatch.apply(
            FormParams(node: FormNode.decode("metadata[old]=&metadata[new]=3")), to: &metadata)
        #expect(metadata == ["keep": "1", "new": "3"])
        try MetadataPatch.apply(FormParams(node: FormNode.decode("metadata=")), to: &metadata)
        #expect(metadata.isEmpty)
    }

    @Test func typedAccessorsNameTheParameter() throws {
        let params = FormParams(node: FormNode.decode("recurring[interval_count]=two"))
        let recurring = try #require(try params.object("recurring"))
        let error = #expect(throws: StripeAPIError.self) { try recurring.int("interval_count") }
        #expect(error?.param == "recurring[interval_count]")
        #expect(error?.code == "parameter_invalid_integer")
    }

    @Test(arguments: [
        ("2000", "2000"), ("0.50", "0.5"), ("007.250", "7.25"), ("0.000000000001", "0.000000000001"),
    ])
    func decimalAmountsNormalise(text: String, normalized: String) throws {
        #expect(try #require(DecimalAmount(text)).normalized == normalized)
    }

    @Test(arguments: ["-1", "1e3", "", ".", "0.0000000000001", "1.2.3", "abc"])
    func invalidDecimalAmountsAreRejected(text: String) {
        #expect(DecimalAmount(text) == nil)
    }

    @Test func jsonKeepsFieldOrderAndEscapes() {
        let value = JSONValue.object([
            ("z", .int(1)), ("a", .string("q\"\\\n")), ("n", .null), ("l", .array([.bool(true)])),
        ])
        #expect(String(decoding: value.bytes, as: UTF8.self) == #"{"z":1,"a":"q\"\\\n","n":null,"l":[true]}"#)
    }
}
