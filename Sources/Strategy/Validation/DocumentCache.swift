import Git
import JSON
import Messages

/// Parsed files, kept by blob id so that a file is parsed once however many snapshots contain it.
///
/// Validating a range of commits, or a work tree next to its index, meets the same blob again and
/// again; the cache makes each one cost a dictionary lookup after the first parse.
public final class DocumentCache {
    /// The outcome of parsing one blob.
    public enum Entry: Sendable {
        case parsed(JSONDocument)
        case invalid(JSONSyntaxError, SourceText)
    }

    private var entries: [ObjectID: Entry] = [:]
    private let parser: JSONParser
    /// How many blobs were actually parsed (for tests and benchmarks).
    public private(set) var parseCount = 0

    public init(parser: JSONParser = JSONParser()) {
        self.parser = parser
    }

    /// The parse of `file` in `snapshot`, from the cache or parsed now.
    public func document(for file: SnapshotFile, in snapshot: Snapshot) throws(GitError) -> Entry {
        try document(for: file) { () throws(GitError) in try snapshot.read(file, limit: parser.limits.maxBytes) }
    }

    /// The parse of the blob `file` names in `repository`, from the cache or read and parsed now.
    public func document(for file: SnapshotFile, in repository: Repository) throws(GitError) -> Entry {
        try document(for: file) { () throws(GitError) in
            try repository.blobBytes(file.id, limit: parser.limits.maxBytes)
        }
    }

    private func document(for file: SnapshotFile, read: () throws(GitError) -> [UInt8]) throws(GitError) -> Entry {
        if let cached = entries[file.id] { return cached }
        let entry: Entry
        do {
            let source = SourceText(bytes: try read())
            do {
                entry = .parsed(try parser.parse(source))
            } catch {
                entry = .invalid(error, source)
            }
        } catch  where error.isTooLarge {
            // [git helper, issue 15 item 14] A blob over the parser's limit is refused from its
            // header, before it is inflated; it reads as the parser's own "too large" error.
            entry = .invalid(JSONSyntaxError(.tooLarge(limit: parser.limits.maxBytes), offset: 0), SourceText(bytes: []))
        }
        parseCount += 1
        entries[file.id] = entry
        return entry
    }
}

extension DocumentCache.Entry {
    /// The document, when the file is well-formed JSON.
    public var document: JSONDocument? {
        if case .parsed(let document) = self { return document }
        return nil
    }

    /// The file's text.
    public var source: SourceText {
        switch self {
        case .parsed(let document): return document.source
        case .invalid(_, let source): return source
        }
    }

    /// The syntax problems of the file as diagnostics: the syntax error, or duplicate keys.
    public func syntaxDiagnostics(path: String) -> [Diagnostic] {
        switch self {
        case .invalid(let error, let source):
            return [
                Diagnostic(
                    severity: .error, code: "syntax", message: error.text, path: path,
                    location: source.location(ofOffset: error.offset), hint: Message("validate.syntax.hint"))
            ]
        case .parsed(let document):
            return document.duplicateKeys.map { duplicate in
                let first = document.location(ofOffset: duplicate.firstOffset)
                return Diagnostic(
                    severity: .error, code: "duplicate-key",
                    message: Message("validate.duplicate-key", ["key": .text(duplicate.key), "line": .count(first.line)]),
                    path: path, location: document.location(ofOffset: duplicate.offset),
                    hint: Message("validate.duplicate-key.hint", ["key": .text(duplicate.key)]),
                    related: [
                        RelatedLocation(
                            message: Message("validate.duplicate-key.first", ["key": .text(duplicate.key)]), path: path,
                            location: first)
                    ])
            }
        }
    }
}
