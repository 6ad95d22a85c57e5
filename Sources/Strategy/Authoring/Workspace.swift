import Git
import JSON
import Messages

/// The work tree as the authoring commands edit it: its files, its model, and what the whole check
/// finds in it now — the "before" that an edit is measured against.
///
/// An edit is made in memory (``Edit``), checked in full — schemas and rules — on the work tree with
/// the edited files laid over it (``check(_:)``), and written only if it brings no error the work
/// tree did not already have (``write(_:)``: atomic, canonical). Nothing is written before that.
public final class Workspace {
    public let repository: Repository
    /// The repository's work tree folder.
    public let root: String
    let snapshot: Snapshot
    let validator: ContentValidator
    /// What the whole check finds in the work tree as it is.
    public let before: ValidationReport
    /// The canonical style, with the work tree's schemas and `tryg.json`.
    public let format: CanonicalFormat

    /// The strategy as the work tree holds it (files that pass their schemas).
    public var model: StrategyModel { before.model }

    /// Reads and checks the work tree.
    ///
    /// - Throws: ``StrategyError`` for a bare repository (nothing to edit) or unreadable files.
    public init(repository: Repository, options: ValidationOptions) throws(StrategyError) {
        guard let root = repository.workDirectory else {
            throw StrategyError(Message("authoring.bare", ["path": .text(repository.gitDirectory)]))
        }
        self.repository = repository
        self.root = root
        validator = ContentValidator(options: options)
        do {
            snapshot = try repository.snapshot(.workTree)
            before = try validator.validate(snapshot)
        } catch {
            throw StrategyError(error)
        }
        var schemas: [String: JSONValue] = [:]
        for file in (try? snapshot.files(under: options.schemaRoot)) ?? [] where file.path.hasSuffix(".json") {
            if let document = try? validator.documents.document(for: file, in: snapshot).document {
                schemas[file.path] = document.root
            }
        }
        format = CanonicalFormat(schemas: schemas, config: before.config)
    }

    /// The parsed content of the work-tree file at `path`, if it exists and is well-formed JSON.
    public func document(at path: String) -> JSONValue? {
        guard let file = try? snapshot.file(at: path) else { return nil }
        return (try? validator.documents.document(for: file, in: snapshot))?.document?.root
    }

    /// Whether the work tree has a file at `path`.
    public func hasFile(_ path: String) -> Bool { (try? snapshot.file(at: path)) != nil }

    /// The repository paths of the work tree's files under a folder.
    public func files(under folder: String) -> [String] {
        ((try? snapshot.files(under: folder)) ?? []).map(\.path)
    }

    /// The `$schema` value a new file at `path` names: its schema, relative to the file's folder.
    public func schemaReference(for path: String) -> String? {
        guard let schema = before.config?.schemaPath(for: path) else { return nil }
        let depth = path.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + schema
    }

    /// An edit, checked: its canonical files, and what the whole check finds after it compared with before.
    public struct Checked {
        /// The files the edit changes (canonical bytes), by repository path; unchanged ones left out.
        public var files: [String: [UInt8]]
        /// What the whole check finds with the edit applied.
        public var after: ValidationReport
        /// The findings after the edit compared with those before.
        public var comparison: FindingComparison

        /// The findings at error level the edit would bring.
        public var newErrors: [Diagnostic] { comparison.new.filter { $0.severity == .error } }
    }

    /// Runs the whole check on the work tree with the edit laid over it, in memory.
    public func check(_ edit: Edit) throws(StrategyError) -> Checked {
        var files: [String: [UInt8]] = [:]
        for (path, value) in edit.documents {
            let bytes = format.bytes(value, path: path)
            if let file = try? snapshot.file(at: path), (try? snapshot.read(file)) == bytes { continue }
            files[path] = bytes
        }
        let after: ValidationReport
        do {
            after = try validator.validate(snapshot.overlaying(files.mapValues { Optional($0) }))
        } catch {
            throw StrategyError(error)
        }
        return Checked(files: files, after: after, comparison: FindingComparison(base: before, change: after))
    }

    /// Writes checked files into the work tree, all or nothing.
    public func write(_ checked: Checked) throws(StrategyError) {
        try AtomicWriter.write(checked.files.keys.sorted().map { (root + "/" + $0, checked.files[$0] ?? []) })
    }

    /// Commits the files (and only them) on the current branch with `message`.
    public func commit(_ paths: [String], message: String) throws(StrategyError) -> ObjectID {
        do {
            return try repository.commitFiles(paths, message: message)
        } catch {
            throw StrategyError(Message("authoring.commit-failed", ["detail": .text(error.message)]), cause: error)
        }
    }
}

/// An edit of the strategy, made in memory: the new content of each file it touches, what it did
/// (for people), and a commit message.
public struct Edit: Sendable {
    /// New documents by repository path.
    public var documents: [String: JSONValue] = [:]
    /// What the edit did, one line each.
    public var summary: [Message] = []
    /// The suggested commit message's first line.
    public var commitMessage: Message

    public init(commitMessage: Message) {
        self.commitMessage = commitMessage
    }
}
