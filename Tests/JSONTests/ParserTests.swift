import Foundation
import JSON
import Testing

@Suite("Parser")
struct ParserTests {
    @Test func parsesEveryKindWithOffsets() throws {
        let document = parse(#"{"a": [true, false, null], "b": -1.5e3, "c": "x\"y", "d": {}}"#)
        let root = document.root
        #expect(root.offset == 0)
        #expect(root["a"]?.arrayValue?.map(\.typeName) == ["boolean", "boolean", "null"])
        #expect(root["a"]?.offset == 6)
        #expect(root["a"]?[2]?.offset == 20)
        #expect(root["b"]?.numberValue?.literal == "-1.5e3")
        #expect(root["b"]?.numberValue?.double == -1500)
        #expect(root["c"]?.stringValue == "x\"y")
        #expect(root["d"]?.objectValue?.isEmpty == true)
        #expect(root.objectValue?.member("c")?.keyOffset == 40)
        #expect(root.objectValue?.keys == ["a", "b", "c", "d"])
        #expect(document.duplicateKeys.isEmpty)
    }

    @Test func scalarsAtTheTopLevel() {
        #expect(parse(" 42 ").root.numberValue?.literal == "42")
        #expect(parse("\"s\"").root.stringValue == "s")
        #expect(parse("null").root.isNull)
        #expect(parse("\n true").root.boolValue == true)
        #expect(parse("\n true").root.offset == 2)
    }

    @Test func escapesAndSurrogatePairs() {
        let root = parse(#"["\"\\\/\b\f\n\r\t", "\u00e6\u00F8\u00e5", "\ud83d\ude00 \uD834\uDD1E", "\u0000", "a\u20ACb"]"#).root
        #expect(root[0]?.stringValue == "\"\\/\u{08}\u{0C}\n\r\t")
        #expect(root[1]?.stringValue == "æøå")
        #expect(root[2]?.stringValue == "😀 𝄞")
        #expect(root[2]?.stringValue?.unicodeScalars.map(\.value) == [0x1F600, 0x20, 0x1D11E])
        #expect(root[3]?.stringValue?.utf8.elementsEqual([0]) == true)
        #expect(root[4]?.stringValue == "a€b")
    }

    @Test func rawNonASCIIIsKept() {
        let root = parse("{\"navn\": \"Tryghed på Østerbro – æøå 😀\"}").root
        #expect(root["navn"]?.stringValue == "Tryghed på Østerbro – æøå 😀")
    }

    @Test func duplicateKeysAreReportedWithBothOffsets() {
        let text = "{\"a\": 1, \"b\": {\"x\": 1, \"x\": 2}, \"a\": 3, \"a\": 4}"
        let document = parse(text)
        #expect(
            document.duplicateKeys == [
                DuplicateKey(key: "x", offset: 23, firstOffset: 15),
                DuplicateKey(key: "a", offset: 32, firstOffset: 1),
                DuplicateKey(key: "a", offset: 40, firstOffset: 1),
            ])
        #expect(document.root["a"]?.numberValue?.literal == "4")  // the last one counts
        #expect(document.location(ofOffset: 23).description == "1:24")
    }

    @Test func duplicateKeysInLargeObjects() {
        var members = (0..<40).map { "\"k\($0)\": \($0)" }
        members.append("\"k7\": 99")
        members.append("\"k7\": 100")
        let text = "{" + members.joined(separator: ", ") + "}"
        let document = parse(text)
        #expect(document.duplicateKeys.map(\.key) == ["k7", "k7"])
        let seventh = document.root.objectValue?.firstIndex(forKey: "k7")
        #expect(seventh == 7)
        #expect(document.duplicateKeys.allSatisfy { $0.firstOffset == document.root.objectValue?.members[7].keyOffset })
        #expect(document.root["k7"]?.numberValue?.literal == "100")
        #expect(document.root["k39"]?.numberValue?.literal == "39")
    }

    @Test func keysAreComparedByScalarsNotCanonicalEquivalence() {
        // "é" precomposed (U+00E9) and decomposed (e + U+0301) are different keys in JSON.
        let document = parse("{\"\u{E9}\": 1, \"e\u{301}\": 2}")
        #expect(document.duplicateKeys.isEmpty)
        #expect(document.root["\u{E9}"]?.numberValue?.literal == "1")
        #expect(document.root["e\u{301}"]?.numberValue?.literal == "2")
    }

    @Test func columnsCountUnicodeScalarsAndLinesHandleCRLF() {
        let source = SourceText("{\r\n  \"æøå\": \"Århus\",\r\n  \"x\": 1\r\n}")
        let document = try? JSONParser().parse(source)
        let x = document?.root.objectValue?.member("x")
        #expect(x.map { source.location(ofOffset: $0.keyOffset).description } == "3:3")
        #expect(x.map { source.location(ofOffset: $0.value.offset).description } == "3:8")
        let aarhus = document?.root["æøå"]
        #expect(aarhus.map { source.location(ofOffset: $0.offset).description } == "2:10")
        #expect(source.lineText(2) == "  \"æøå\": \"Århus\",")
        #expect(source.lineText(4) == "}")
        #expect(source.lineText(5) == "")
        #expect(source.location(ofOffset: 10_000) == SourceLocation(offset: source.bytes.count, line: 4, column: 2))
    }

    @Test func duplicateKeysAcrossNestedObjectsAreSortedByOffset() {
        let document = parse("{\"o\": {\"i\": {\"z\": 1, \"z\": 2}, \"i\": 0}, \"o\": 1}")
        #expect(document.duplicateKeys.map(\.key) == ["z", "i", "o"])
    }
}

/// Deep nesting gives the tooDeep error and never overflows the stack, on any thread.
@Suite("Nesting limits")
struct NestingTests {
    static let levels = 100_000

    @Test func deepArraysFail() {
        let text = String(repeating: "[", count: Self.levels)
        #expect(syntaxError(text) == "1:513: arrays and objects are nested deeper than 512 levels")
    }

    @Test func deepObjectsFail() {
        let text = String(repeating: "{\"a\":", count: Self.levels)
        #expect(syntaxError(text) == "1:2561: arrays and objects are nested deeper than 512 levels")
    }

    @Test func deepAndClosedFails() {
        let text = String(repeating: "[", count: Self.levels) + String(repeating: "]", count: Self.levels)
        #expect(syntaxError(text) == "1:513: arrays and objects are nested deeper than 512 levels")
    }

    @Test func exactlyTheLimitParses() {
        let text = String(repeating: "[", count: 512) + "1" + String(repeating: "]", count: 512)
        var value = parse(text).root
        var depth = 0
        while let inner = value[0] {
            value = inner
            depth += 1
        }
        #expect(depth == 512)
        #expect(value.numberValue?.literal == "1")
        #expect(syntaxError("[" + text + "]") == "1:513: arrays and objects are nested deeper than 512 levels")
    }

    @Test func customLimit() {
        #expect(
            syntaxError(bytes: Array("[[[]]]".utf8), limits: .init(maxDepth: 2))
                == "1:3: arrays and objects are nested deeper than 2 levels")
        #expect(syntaxError(bytes: Array("[[]]".utf8), limits: .init(maxDepth: 2)) == "ok")
    }

    /// Parses, writes and compares the deepest allowed document on a thread with a 256 KiB stack.
    @Test func smallStackThread() async {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            let thread = Thread {
                let deep = String(repeating: "{\"a\":[", count: 256) + "1" + String(repeating: "]}", count: 256)
                var outcome = syntaxError(String(repeating: "[", count: NestingTests.levels))
                if let document = try? JSONParser().parse(deep) {
                    let text = document.root.canonicalText(indent: nil)
                    let again = try? JSONParser().parse(text)
                    let same = again.map { $0.root.isStructurallyEqual(to: document.root) && $0.root.jsonEquals(document.root) }
                    outcome += " / round trip \(same == true && text == deep)"
                }
                continuation.resume(returning: outcome)
            }
            thread.stackSize = 256 << 10
            thread.start()
        }
        #expect(result == "1:513: arrays and objects are nested deeper than 512 levels / round trip true")
    }
}

@Suite("Sharing between tasks")
struct ConcurrencyTests {
    @Test func parsesAndLocatesConcurrently() async {
        let source = SourceText(
            "[\n" + (0..<200).map { "  {\"n\": \($0), \"navn\": \"æ\($0)\"}" }.joined(separator: ",\n") + "\n]")
        let locations = await withTaskGroup(of: String.self) { group in
            for k in 0..<8 {
                group.addTask {
                    guard let document = try? JSONParser().parse(source), let element = document.root[k * 20] else {
                        return "fail"
                    }
                    return "\(source.location(ofOffset: element.offset)) \(element)"
                }
            }
            var all: [String] = []
            for await location in group { all.append(location) }
            return all.sorted()
        }
        #expect(locations.count == 8)
        #expect(locations.contains("2:3 {\"n\":0,\"navn\":\"æ0\"}"))
        #expect(locations.contains("142:3 {\"n\":140,\"navn\":\"æ140\"}"))
    }
}
