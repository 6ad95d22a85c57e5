import Foundation
import JSON
import JSONSchema
import Messages

/// Compiles the schema of `tryg schema validate` from disk, with the schemas it refers to.
///
/// Other `*.json` files in the schema's folder are parsed only when a `$ref` (or `$dynamicRef`,
/// `$schema`) of the schema, or of a sibling it loaded, resolves to one of them — by file path, or
/// by an `$id` whose last segment is the sibling's file name. A data file beside the schema costs
/// nothing. Should the schema still not compile (a sibling reached by an `$id` under another name),
/// every sibling is loaded and the schema compiled again, as before. `--ref-dir` folders are loaded
/// whole: the user named them.
struct StandaloneSchemaLoader {
    let schemaPath: String
    let refDirectories: [StandaloneValidation.RefDirectory]
    let options: SchemaOptions

    /// How many sibling files were parsed (for tests).
    private(set) var siblingsParsed = 0

    /// The compiled schema, and hints over every schema document it was compiled with.
    mutating func load() throws(StrategyError) -> (Schema, SchemaHints) {
        let schemaURL = URL(fileURLWithPath: schemaPath).standardizedFileURL
        let main = try Self.parseSchemaFile(schemaURL.path, shownAs: schemaPath)
        let siblings = DiskFiles.jsonFiles(in: schemaURL.deletingLastPathComponent().path).filter { $0 != schemaURL.path }
        let referenced = referencedSiblings(of: main.root, at: schemaURL, among: siblings)
        let mapped = try refDirectoryDocuments()
        switch try attempt(main, at: schemaURL, siblings: referenced, mapped: mapped) {
        case .compiled(let schema): return (schema, Self.hints(main, at: schemaURL, siblings: referenced, mapped: mapped))
        case .failed(let error): if referenced.count == siblings.count { throw invalid(error, main) }
        }
        let used = siblings.compactMap { path in referenced.first { $0.path == path } ?? parsedSibling(path) }
        switch try attempt(main, at: schemaURL, siblings: used, mapped: mapped) {
        case .compiled(let schema): return (schema, Self.hints(main, at: schemaURL, siblings: used, mapped: mapped))
        case .failed(let error): throw invalid(error, main)
        }
    }

    /// Hints over the schema documents of a compile.
    private static func hints(
        _ main: JSONDocument, at url: URL, siblings: [(path: String, document: JSONDocument)],
        mapped: [(uri: String, file: String, document: JSONDocument)]
    ) -> SchemaHints {
        SchemaHints(
            schemas: siblings.map { (URL(fileURLWithPath: $0.path).absoluteString, $0.document) }
                + mapped.map { ($0.uri, $0.document) } + [(url.absoluteString, main)])
    }

    /// The outcome of compiling the schema with a set of siblings.
    private enum Attempt {
        case compiled(Schema)
        case failed(SchemaError)
    }

    private func invalid(_ error: SchemaError, _ main: JSONDocument) -> StrategyError {
        var schema = Message.Argument.text(schemaPath)
        if let offset = error.offset {
            let at = main.location(ofOffset: offset)
            schema = .message(
                Message(
                    "schema-compile.file-at", ["file": .text(schemaPath), "line": .count(at.line), "column": .count(at.column)]))
        }
        return StrategyError(Message("schema-cli.invalid-schema", ["schema": schema, "reason": .message(error.text)]))
    }

    /// Compiles with the siblings, the `--ref-dir` documents and (last, so that it wins) the schema
    /// in one registry.
    /// - Throws: only for a `--ref-dir` document that is not a usable schema.
    private func attempt(
        _ main: JSONDocument, at url: URL, siblings: [(path: String, document: JSONDocument)],
        mapped: [(uri: String, file: String, document: JSONDocument)]
    ) throws(StrategyError) -> Attempt {
        let registry = SchemaRegistry(options: options)
        // Problems in a sibling surface only if the schema refers to it.
        for sibling in siblings { try? registry.add(sibling.document, uri: URL(fileURLWithPath: sibling.path).absoluteString) }
        for document in mapped {
            do { try registry.add(document.document, uri: document.uri) } catch {
                throw StrategyError(
                    Message("schema-cli.bad-ref-schema", ["file": .text(document.file), "reason": .message(error.text)]))
            }
        }
        do {
            try registry.add(main, uri: url.absoluteString)
            return .compiled(try registry.compile(uri: url.absoluteString))
        } catch {
            return .failed(error)
        }
    }

    /// The siblings reached from `root` by references, transitively, parsed.
    private mutating func referencedSiblings(of root: JSONValue, at url: URL, among siblings: [String])
        -> [(path: String, document: JSONDocument)]
    {
        let byPath = Set(siblings)
        let byName = Dictionary(siblings.map { ((($0 as NSString).lastPathComponent), $0) }, uniquingKeysWith: { a, _ in a })
        var found: [(path: String, document: JSONDocument)] = []
        var seen: Set<String> = []
        var pending = References.targets(in: root, base: url)
        while let target = pending.popLast() {
            let path = target.isFileURL && byPath.contains(target.path) ? target.path : byName[target.lastPathComponent]
            guard let path, seen.insert(path).inserted, let sibling = parsedSibling(path) else { continue }
            found.append(sibling)
            pending += References.targets(in: sibling.document.root, base: URL(fileURLWithPath: path))
        }
        return found
    }

    /// A sibling parsed, or nil when it cannot be read or is not JSON (it is then simply not there).
    private mutating func parsedSibling(_ path: String) -> (path: String, document: JSONDocument)? {
        siblingsParsed += 1
        guard let bytes = try? DiskFiles.read(path), let document = try? JSONParser().parse(bytes) else { return nil }
        return (path, document)
    }

    /// Every `*.json` file below each `--ref-dir` folder, with the URI it is registered under.
    private func refDirectoryDocuments() throws(StrategyError) -> [(uri: String, file: String, document: JSONDocument)] {
        var documents: [(uri: String, file: String, document: JSONDocument)] = []
        for mapping in refDirectories {
            let folder = URL(fileURLWithPath: mapping.folder).standardizedFileURL.path
            guard DiskFiles.isFolder(folder) else {
                throw StrategyError(Message("schema-cli.no-ref-dir", ["folder": .text(folder)]))
            }
            for file in DiskFiles.jsonFiles(in: folder, recursive: true) {
                guard let bytes = try? DiskFiles.read(file), let document = try? JSONParser().parse(bytes) else { continue }
                documents.append((mapping.base + String(file.dropFirst(folder.count + 1)), file, document))
            }
        }
        return documents
    }

    /// The schema file parsed; a syntax error names the file as the user wrote it.
    static func parseSchemaFile(_ path: String, shownAs shown: String) throws(StrategyError) -> JSONDocument {
        let source = SourceText(bytes: try DiskFiles.read(path))
        do {
            return try JSONParser().parse(source)
        } catch {
            let place = "\(shown):\(source.location(ofOffset: error.offset))"
            throw StrategyError(Message("schema-cli.not-json", ["place": .text(place), "reason": .message(error.text)]))
        }
    }
}

/// The documents a schema refers to, found without compiling it.
enum References {
    /// Members whose string value names another document.
    static let keywords: Set<String> = ["$ref", "$dynamicRef", "$schema"]

    /// The absolute URLs (without fragment) that `$ref`, `$dynamicRef` and `$schema` in `root`
    /// resolve to, each against the base in force where it is written (`$id` changes it).
    ///
    /// Walks every value, not only subschemas: a reference-looking string in data merely loads a
    /// sibling that is not needed. Iterative, so no nesting is too deep.
    static func targets(in root: JSONValue, base: URL) -> [URL] {
        var targets: [URL] = []
        var pending: [(JSONValue, URL)] = [(root, base)]
        while let (value, base) = pending.popLast() {
            switch value.kind {
            case .array(let elements):
                pending += elements.map { ($0, base) }
            case .object(let object):
                var here = base
                if let id = object["$id"]?.stringValue, !id.hasPrefix("#"), let resolved = resolve(id, against: base) {
                    here = resolved
                }
                for member in object.members {
                    if keywords.contains(member.key), let reference = member.value.stringValue {
                        if let target = resolve(reference, against: here) { targets.append(target) }
                    } else {
                        pending.append((member.value, here))
                    }
                }
            default:
                continue
            }
        }
        return targets
    }

    /// `reference` resolved against `base`, without its fragment; nil when it is no URI reference.
    static func resolve(_ reference: String, against base: URL) -> URL? {
        guard let url = URL(string: reference, relativeTo: base)?.absoluteURL,
            var parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
        else { return nil }
        parts.fragment = nil
        return parts.url
    }
}
