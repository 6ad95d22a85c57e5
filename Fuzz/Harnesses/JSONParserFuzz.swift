// libFuzzer harness: the JSON parser with positions and duplicate keys.
//
// The input is a document. Whatever it is, parsing must end in a value or a syntax error with an
// offset inside the input; a parsed value must survive what tryg does with it afterwards: line and
// column of every duplicate key, the writer's round trip (written, parsed again, structurally
// equal), JSON equality with itself, and a parser with a shallower depth limit must agree.
@testable import JSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let source = SourceText(bytes: bytes)
    let document: JSONDocument
    do {
        document = try JSONParser().parse(source)
    } catch {
        check(error.offset >= 0 && error.offset <= size, "syntax error offset \(error.offset) outside 0...\(size)")
        _ = source.location(ofOffset: error.offset)
        _ = error.message
        return 0
    }
    for duplicate in document.duplicateKeys {
        check(duplicate.firstOffset < duplicate.offset, "duplicate key before its first occurrence")
        _ = document.location(ofOffset: duplicate.offset)
    }
    let written = JSONWriter.compact.bytes(document.root)
    guard let again = try? JSONParser().parse(written) else {
        fatal("the writer's output does not parse: \(String(decoding: written, as: UTF8.self))")
    }
    check(again.root.isStructurallyEqual(to: document.root), "the round trip changed the value")
    check(document.root.jsonEquals(again.root), "a value is not JSON-equal to its round trip")
    if let shallow = try? JSONParser(limits: .init(maxDepth: 8)).parse(source) {
        check(shallow.root.isStructurallyEqual(to: document.root), "depth limit changed the parse")
    }
    return 0
}
