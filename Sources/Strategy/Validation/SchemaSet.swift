import Git
import JSON
import JSONSchema

/// The schemas of one snapshot (every `*.json` under `schemas/`), registered together and compiled
/// once each.
///
/// Schemas refer to each other by relative `$ref`s, so they are registered as one set: each under
/// a repository URI for its path (`tryg:///schemas/goal.schema.json`), and under its own `$id`.
final class SchemaSet {
    /// Identifies a set by the blob ids of its files, so an unchanged set is reused across commits.
    let key: String
    /// A small number standing for ``key`` in one ``ContentValidator``.
    let number: Int
    private let registry: SchemaRegistry
    private var compiled: [String: Result<Schema, SchemaError>] = [:]
    /// Problems met while registering the files (e.g. a schema that is not an object or boolean).
    private(set) var registrationErrors: [String: SchemaError] = [:]
    /// The hints of the set's schemas (their `x-tryg-hint` annotations).
    let hints: SchemaHints

    static func uri(forPath path: String) -> String { "tryg:///" + path }

    init(key: String, number: Int, documents: [(path: String, document: JSONDocument)], options: SchemaOptions) {
        self.key = key
        self.number = number
        self.registry = SchemaRegistry(options: options)
        self.hints = SchemaHints(schemas: documents.map { (Self.uri(forPath: $0.path), $0.document) })
        for (path, document) in documents {
            do {
                try registry.add(document, uri: Self.uri(forPath: path))
            } catch {
                registrationErrors[path] = error
            }
        }
    }

    /// The compiled schema at a repository path, compiled on first use.
    func schema(atPath path: String) -> Result<Schema, SchemaError> {
        if let done = compiled[path] { return done }
        let result: Result<Schema, SchemaError>
        if let error = registrationErrors[path] {
            result = .failure(error)
        } else {
            do {
                result = .success(try registry.compile(uri: Self.uri(forPath: path)))
            } catch {
                result = .failure(error)
            }
        }
        compiled[path] = result
        return result
    }
}
