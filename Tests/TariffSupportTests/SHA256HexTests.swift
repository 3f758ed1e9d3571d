import Testing
import TariffSupport

@Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
])
func sha256KnownVectors(input: String, expected: String) {
    #expect(SHA256Hex.digest(of: input) == expected)
}

@Test func feedingInPiecesEqualsHashingTheWhole() {
    var hasher = SHA256Hex()
    hasher.update("ab")
    hasher.update(Array("c".utf8))
    #expect(hasher.finalize() == SHA256Hex.digest(of: "abc"))
}

@Test func hexSpellsEveryByteWithTwoLowercaseDigits() {
    #expect(SHA256Hex.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
}
