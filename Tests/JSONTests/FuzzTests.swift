import JSON
import Testing

/// Seeded random mutations of valid documents: the parser never crashes, every error points inside
/// the input, and every accepted mutation round-trips through the writer.
@Suite("Mutation fuzzing")
struct FuzzTests {
    static let seeds: [String] = [
        #"{"id": "tryg-1", "navn": "Tryg på Østerbro", "mål": [1, 2.5e-3, -0], "periode": {"fra": "2024-01-01"}}"#,
        #"[true, false, null, "\u00e6\ud83d\ude00\n", {"": [[], {}]}, 123456789012345678901234567890]"#,
        "{\r\n\t\"a\" : [ 1 , { \"b\" : \"æøå\\\"\" } ] ,\"a\":0.5E+7 }",
    ]
    static let interesting: [UInt8] =
        Array("{}[]\",:\\/-+.0123456789eEtfnu \n\r\t".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF]

    @Test(arguments: 0..<4)
    func mutationsNeverCrash(round: Int) {
        var random = RoundTripTests.Generator(state: 0xF00D + UInt64(round))
        var accepted = 0, rejected = 0
        for _ in 0..<1500 {
            var bytes = Array(random.pick(Self.seeds).utf8)
            for _ in 0..<(1 + random.below(3)) {
                let position = random.below(bytes.count + 1)
                switch random.below(3) {
                case 0: bytes.insert(random.pick(Self.interesting), at: position)
                case 1: if position < bytes.count { bytes.remove(at: position) }
                default: if position < bytes.count { bytes[position] = random.pick(Self.interesting) }
                }
            }
            let source = SourceText(bytes: bytes)
            do {
                let document = try JSONParser().parse(source)
                let text = document.root.canonicalText()
                let again = try JSONParser().parse(text)
                #expect(again.root.isStructurallyEqual(to: document.root), "\(text)")
                accepted += 1
            } catch {
                #expect(error.offset >= 0 && error.offset <= bytes.count)
                #expect(!error.message.isEmpty)
                _ = error.location(in: source)
                rejected += 1
            }
        }
        // Both outcomes occur, so the test exercises both paths.
        #expect(accepted > 50 && rejected > 50, "accepted \(accepted), rejected \(rejected)")
    }
}
