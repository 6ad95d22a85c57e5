/// A strict RFC 8259 parser of UTF-8 bytes into ``JSONValue``s that keep their byte offsets.
///
/// The parser accepts exactly the JSON grammar of RFC 8259 with UTF-8 encoding: no comments, no
/// trailing commas, no byte order mark, no unescaped control characters in strings, no unpaired
/// surrogate escapes, no invalid UTF-8 anywhere. The first problem found is thrown as a
/// ``JSONSyntaxError`` with a byte offset; lines and columns are computed from it only when asked
/// (``SourceText/location(ofOffset:)``), never tracked per byte.
///
/// The parser is iterative: nesting is kept on an explicit stack, not the call stack, so no input
/// can overflow the thread's stack while parsing, on any thread.
///
/// Limits (each gives a ``JSONSyntaxError``, never a crash):
/// - nesting deeper than ``Limits/maxDepth`` (default 512) gives ``JSONSyntaxError/Kind/tooDeep(limit:)``.
///   The depth is also what bounds recursion in code that walks a value afterwards (equality,
///   releasing the value), so raise it with care: a few thousand levels are safe everywhere.
/// - input larger than ``Limits/maxBytes`` (default 64 MiB) gives ``JSONSyntaxError/Kind/tooLarge(limit:)``.
/// - numbers have no limit of size or precision: every number keeps its exact literal
///   (``JSONNumber/literal``); its ``JSONNumber/double`` is the nearest `Double`, ±infinity for
///   magnitudes beyond `Double`'s range and ±0 below it.
/// - strings have no limit but the input size; a `\u0000` escape gives a string containing U+0000.
public struct JSONParser: Sendable {
    /// The parser's limits.
    public struct Limits: Sendable {
        /// Deepest nesting of arrays and objects accepted (the root container is depth 1).
        public var maxDepth: Int = 512
        /// Largest input accepted, in bytes.
        public var maxBytes: Int = 64 << 20

        /// Limits of `maxDepth` levels and `maxBytes` bytes.
        public init(maxDepth: Int = 512, maxBytes: Int = 64 << 20) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
        }
    }

    /// The limits this parser enforces.
    public var limits: Limits

    /// A parser with `limits` (by default: depth 512, 64 MiB).
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses a whole document.
    ///
    /// - Throws: ``JSONSyntaxError`` for the first problem found.
    /// - Complexity: O(n) in the size of the input.
    public func parse(_ source: SourceText) throws(JSONSyntaxError) -> JSONDocument {
        let bytes = source.bytes
        if bytes.count > limits.maxBytes {
            throw JSONSyntaxError(.tooLarge(limit: limits.maxBytes), offset: 0)
        }
        var duplicates: [DuplicateKey] = []
        let root: JSONValue = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            var reader = JSONReader(bytes: buffer, maxDepth: limits.maxDepth)
            defer { reader.release() }
            let value = try reader.parseDocument()
            duplicates = reader.duplicates
            return value
        }
        if duplicates.count > 1 { duplicates.sort { $0.offset < $1.offset } }
        return JSONDocument(source: source, root: root, duplicateKeys: duplicates)
    }

    /// Parses bytes.
    public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        try parse(SourceText(bytes: bytes))
    }

    /// Parses a string.
    public func parse(_ string: String) throws(JSONSyntaxError) -> JSONDocument {
        try parse(SourceText(string))
    }
}

/// A parsed document: its source, its root value, and the duplicate keys found.
public struct JSONDocument: Sendable {
    /// The text the document was parsed from.
    public let source: SourceText
    /// The document's value.
    public let root: JSONValue
    /// Keys written more than once in the same object, sorted by the offset of the repetition.
    ///
    /// RFC 8259 allows duplicate keys but leaves their meaning open; lookups in ``JSONObject`` take the
    /// last one. Keys are compared by their Unicode scalars, not by canonical equivalence.
    public let duplicateKeys: [DuplicateKey]

    /// A document; the parser makes these.
    public init(source: SourceText, root: JSONValue, duplicateKeys: [DuplicateKey] = []) {
        self.source = source
        self.root = root
        self.duplicateKeys = duplicateKeys
    }

    /// The line and column of a byte offset in this document.
    public func location(ofOffset offset: Int) -> SourceLocation { source.location(ofOffset: offset) }

    /// The line and column of the value `pointer` refers to, or nil if it does not resolve.
    public func location(of pointer: JSONPointer) -> SourceLocation? {
        guard let value = pointer.resolve(in: root), value.offset >= 0 else { return nil }
        return source.location(ofOffset: value.offset)
    }
}

/// A key that occurs more than once in one object.
///
/// A key written three times gives two entries, both with the first occurrence's ``firstOffset``.
public struct DuplicateKey: Sendable, Hashable {
    /// The repeated key.
    public var key: String
    /// Offset of the repeated key's opening quote.
    public var offset: Int
    /// Offset of the first occurrence's opening quote.
    public var firstOffset: Int

    /// A repetition of `key` at `offset`, first written at `firstOffset`.
    public init(key: String, offset: Int, firstOffset: Int) {
        self.key = key
        self.offset = offset
        self.firstOffset = firstOffset
    }
}
