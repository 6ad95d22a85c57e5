import Git
import JSON
import JSONSchema
import Messages

/// What a content file's own findings depend on: the file (path and blob), the configuration's blob
/// and the schema set.
struct FindingsKey: Hashable {
    var path: String
    var blob: ObjectID
    var config: String
    var schemas: Int
}

extension ContentValidator {
    /// Findings about a schema file itself: it must compile (which also checks it against the
    /// draft 2020-12 meta-schema).
    func findings(forSchema file: SnapshotFile, in schemas: SchemaSet, parsed: [(file: SnapshotFile, document: JSONDocument)])
        -> [Diagnostic]
    {
        guard case .failure(let error) = schemas.schema(atPath: file.path) else { return [] }
        let document = parsed.first { $0.file.path == file.path }?.document
        let location = error.offset.flatMap { offset in document?.location(ofOffset: offset) }
        return [
            Diagnostic(
                severity: .error, code: "schema", message: Message("validate.schema-unusable", ["reason": .message(error.text)]),
                path: file.path, pointer: error.pointer, location: location, hint: Message("validate.schema-unusable.hint"))
        ]
    }

    /// Findings about one content file: which schema applies, whether its `$schema` agrees, and the
    /// schema's verdict.
    ///
    /// They depend only on the file (path and blob), the configuration's blob (`configKey`) and the
    /// schema set, so they are looked up under that key first: a range of commits pays for a file
    /// once, not once per commit.
    func findings(
        forContent file: SnapshotFile, _ document: JSONDocument, config: RepositoryConfig?, configKey: String,
        schemas: SchemaSet, schemaPaths: Set<String>
    ) -> [Diagnostic] {
        guard let config else { return [] }  // reported once for the whole snapshot
        let key = FindingsKey(path: file.path, blob: file.id, config: configKey, schemas: schemas.number)
        if let cached = cachedFindings(key) { return cached }
        let found = uncachedFindings(forContent: file, document, config: config, schemas: schemas, schemaPaths: schemaPaths)
        storeFindings(found, key)
        return found
    }

    private func uncachedFindings(
        forContent file: SnapshotFile, _ document: JSONDocument, config: RepositoryConfig, schemas: SchemaSet,
        schemaPaths: Set<String>
    ) -> [Diagnostic] {
        guard let schemaPath = config.schemaPath(for: file.path) else {
            return [
                Diagnostic(
                    severity: .error, code: "no-schema", message: Message("validate.no-schema"), path: file.path,
                    hint: Message("validate.no-schema.hint", ["config": .text(RepositoryConfig.path)]))
            ]
        }
        var found = schemaReferenceFindings(file, document, schemaPath: schemaPath)
        guard schemaPaths.contains(schemaPath), case .success(let schema) = schemas.schema(atPath: schemaPath) else {
            return found  // a missing or broken schema is reported once, on the schema or the configuration
        }
        found += schema.validate(document.root).map {
            Diagnostic(schemaViolation: $0, path: file.path, document: document, hints: schemas.hints)
        }
        return found
    }

    /// Checks that the file's `$schema` names the schema the configuration applies to it.
    private func schemaReferenceFindings(_ file: SnapshotFile, _ document: JSONDocument, schemaPath: String) -> [Diagnostic] {
        var expected: String { Self.relativePath(from: file.path, to: schemaPath) }  // for messages only
        guard let value = document.root["$schema"] else {
            if file.path == RepositoryConfig.path { return [] }
            return [
                Diagnostic(
                    severity: .warning, code: "schema-reference", message: Message("validate.schema-reference.missing"),
                    path: file.path, pointer: .root, location: document.location(ofOffset: document.root.offset),
                    hint: Message("validate.schema-reference.missing.hint", ["expected": .text(expected)]))
            ]
        }
        guard let written = value.stringValue else { return [] }  // the schema reports the wrong type
        let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { file.path[..<$0] } ?? ""
        let key = folder + "\u{0}" + written
        let resolved =
            resolvedSchemaReferences[key]
            ?? {
                let resolved = RepositoryConfig.resolve(written, from: file.path)
                resolvedSchemaReferences[key] = resolved
                return resolved
            }()
        guard resolved != schemaPath else { return [] }
        return [
            Diagnostic(
                severity: .error, code: "schema-reference",
                message: Message(
                    "validate.schema-reference.wrong",
                    ["written": .text(resolved), "config": .text(RepositoryConfig.path), "schema": .text(schemaPath)]),
                path: file.path, pointer: JSONPointer.root.appending("$schema"),
                location: document.location(ofOffset: value.offset),
                hint: Message(
                    "validate.schema-reference.wrong.hint", ["expected": .text(expected), "config": .text(RepositoryConfig.path)])
            )
        ]
    }

    /// Mappings in the configuration whose schema file does not exist in the snapshot.
    func missingSchemaFindings(
        _ config: RepositoryConfig, schemaPaths: Set<String>, parsed: [(file: SnapshotFile, document: JSONDocument)]
    ) -> [Diagnostic] {
        let configDocument = parsed.first { $0.file.path == RepositoryConfig.path }?.document
        var seen = Set<String>()
        return config.schemas.compactMap { mapping in
            guard !schemaPaths.contains(mapping.schema), seen.insert(mapping.schema).inserted else { return nil }
            let value = configDocument.flatMap { mapping.pointer.appending("schema").resolve(in: $0.root) }
            return Diagnostic(
                severity: .error, code: "config",
                message: Message(
                    "validate.config.missing-schema",
                    ["schema": .text(mapping.schema), "files": .text(mapping.files.description)]),
                path: RepositoryConfig.path, pointer: mapping.pointer.appending("schema"),
                location: value.flatMap { v in configDocument?.location(ofOffset: v.offset) },
                hint: Message("validate.config.missing-schema.hint"))
        }
    }

    /// The path of `target` relative to the folder of `file`, as a `$schema` would be written.
    static func relativePath(from file: String, to target: String) -> String {
        let folder = RepositoryConfig.segments(of: file).dropLast()
        let parts = RepositoryConfig.segments(of: target)
        var common = 0
        while common < folder.count, common < parts.count - 1, folder[folder.startIndex + common] == parts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: folder.count - common)
        return (ups + parts[common...].map(String.init)).joined(separator: "/")
    }
}
