import JSON
import Testing

/// JSON Pointer, with the examples of RFC 6901 section 5.
@Suite("JSON Pointer")
struct PointerTests {
    static let rfcDocument = #"""
        {
          "foo": ["bar", "baz"],
          "": 0,
          "a/b": 1,
          "c%d": 2,
          "e^f": 3,
          "g|h": 4,
          "i\\j": 5,
          "k\"l": 6,
          " ": 7,
          "m~n": 8
        }
        """#

    @Test(arguments: [
        ("/foo/0", "\"bar\""), ("/", "0"), ("/a~1b", "1"), ("/c%d", "2"), ("/e^f", "3"), ("/g|h", "4"),
        ("/i\\j", "5"), ("/k\"l", "6"), ("/ ", "7"), ("/m~0n", "8"), ("/foo", "[\"bar\",\"baz\"]"),
    ])
    func resolvesTheRFCExamples(_ pointer: String, _ expected: String) throws {
        let root = parse(Self.rfcDocument).root
        let value = try JSONPointer(parsing: pointer).resolve(in: root)
        #expect(value?.compactText == expected)
        #expect(try JSONPointer(parsing: pointer).description == pointer)
    }

    @Test func wholeDocumentAndMisses() throws {
        let root = parse(Self.rfcDocument).root
        #expect(try JSONPointer(parsing: "").resolve(in: root)?.isStructurallyEqual(to: root) == true)
        #expect(JSONPointer.root.isRoot)
        #expect(try JSONPointer(parsing: "/foo/2").resolve(in: root) == nil)
        #expect(try JSONPointer(parsing: "/foo/01").resolve(in: root) == nil)
        #expect(try JSONPointer(parsing: "/foo/-").resolve(in: root) == nil)
        #expect(try JSONPointer(parsing: "/foo/0/x").resolve(in: root) == nil)
        #expect(try JSONPointer(parsing: "/nope").resolve(in: root) == nil)
    }

    @Test func escapingAndAppending() throws {
        let pointer = JSONPointer.root.appending("a/b").appending("m~n").appending(3)
        #expect(pointer.tokens == ["a/b", "m~n", "3"])
        #expect(pointer.description == "/a~1b/m~0n/3")
        #expect(try JSONPointer(parsing: pointer.description) == pointer)
        #expect(try JSONPointer(parsing: "/~01").tokens == ["~1"])
        #expect(try JSONPointer(parsing: "//x/").tokens == ["", "x", ""])
    }

    @Test func invalidPointers() {
        #expect(throws: JSONPointerError.missingLeadingSlash("foo")) { try JSONPointer(parsing: "foo") }
        #expect(throws: JSONPointerError.invalidEscape("/a~2")) { try JSONPointer(parsing: "/a~2") }
        #expect(throws: JSONPointerError.invalidEscape("/a~")) { try JSONPointer(parsing: "/a~") }
        #expect(JSONPointerError.invalidEscape("/a~").description == "JSON Pointer \"/a~\" has '~' not followed by 0 or 1")
    }

    @Test func arrayIndexTokens() {
        #expect(JSONPointer.arrayIndex("0") == 0)
        #expect(JSONPointer.arrayIndex("12") == 12)
        #expect(JSONPointer.arrayIndex("012") == nil)
        #expect(JSONPointer.arrayIndex("-1") == nil)
        #expect(JSONPointer.arrayIndex("") == nil)
        #expect(JSONPointer.arrayIndex("99999999999999999999999") == nil)
    }

    @Test func orderIsByTokens() throws {
        let pointers = try ["/b", "/a/1", "/a", ""].map { try JSONPointer(parsing: $0) }
        #expect(pointers.sorted().map(\.description) == ["", "/a", "/a/1", "/b"])
    }
}

@Suite("JSON Pointer, more")
struct PointerMoreTests {
    /// RFC 6901 section 6: the URI fragment identifier representation.
    @Test(arguments: [
        ("#", ""), ("#/foo", "/foo"), ("#/foo/0", "/foo/0"), ("#/", "/"), ("#/a~1b", "/a~1b"), ("#/c%25d", "/c%d"),
        ("#/e%5Ef", "/e^f"), ("#/g%7Ch", "/g|h"), ("#/i%5Cj", "/i\\j"), ("#/k%22l", "/k\"l"), ("#/%20", "/ "),
        ("#/m~0n", "/m~0n"), ("#/%C3%A6%C3%B8%C3%A5", "/æøå"),
    ])
    func uriFragments(_ fragment: String, _ pointer: String) throws {
        let parsed = try JSONPointer(uriFragment: fragment)
        #expect(parsed.description == pointer)
        #expect(try JSONPointer(uriFragment: parsed.uriFragment) == parsed)
    }

    @Test func fragmentFormAndErrors() throws {
        #expect(try JSONPointer(parsing: "/a b/c%d/æ").uriFragment == "#/a%20b/c%25d/%C3%A6")
        #expect(throws: JSONPointerError.missingLeadingHash("/a")) { try JSONPointer(uriFragment: "/a") }
        #expect(throws: JSONPointerError.invalidPercentEncoding("#/a%2")) { try JSONPointer(uriFragment: "#/a%2") }
        #expect(throws: JSONPointerError.invalidPercentEncoding("#/%FF")) { try JSONPointer(uriFragment: "#/%FF") }
    }

    @Test func separatorsAndEscapesBeforeCombiningMarks() throws {
        // "/" and "~" followed by U+0301 form one Character in Swift but are still syntax in a pointer.
        let pointer = try JSONPointer(parsing: "/a/\u{301}b/~0\u{301}")
        #expect(pointer.tokens == ["a", "\u{301}b", "~\u{301}"])
        let token = JSONPointer.root.appending("~\u{301}/\u{301}")
        #expect(token.description == "/~0\u{301}~1\u{301}")
        #expect(try JSONPointer(parsing: token.description).tokens == ["~\u{301}/\u{301}"])
    }

    @Test func documentLocationOfPointer() throws {
        let document = parse("{\n  \"mål\": [\n    \"æ\", {\"x\": null}\n  ]\n}")
        #expect(document.location(of: try JSONPointer(parsing: "/mål/1/x"))?.description == "3:16")
        #expect(document.location(of: try JSONPointer(parsing: "/mål/0"))?.description == "3:5")
        #expect(document.location(of: try JSONPointer(parsing: "/nope")) == nil)
    }
}
