import Git
import JSON
import JSONSchema
import Messages

/// What to check and how.
public struct ValidationOptions: Sendable {
    /// Folders (relative to the repository root) whose `*.json` files are checked.
    public var roots: [String] = ["strategy", "schemas"]
    /// The folder that holds the JSON Schemas.
    public var schemaRoot = "schemas"
    /// Whether `format` (e.g. `date`) is asserted. The strategy's dates must be real dates, so yes.
    public var assertFormats = true
    /// Whether the strategy's cross-file rules run (after every file passed its schema).
    public var runRules = true
    /// The day time-dependent rules are checked as of (default: today, in UTC).
    public var asOf: Day = Day.today
    /// The configuration and schemas to apply instead of the checked snapshot's own (the policy in
    /// force on a server); the snapshot's own `tryg.json` and schemas are then not read at all.
    public var policy: Policy?

    public init() {}

    /// The folders whose files are the checked content: without a policy, the schemas are content too.
    var contentRoots: [String] { policy == nil ? roots : roots.filter { $0 != schemaRoot } }
}

/// The outcome of checking one snapshot.
public struct ValidationReport: Sendable {
    /// How many files were checked.
    public var filesChecked: Int
    /// Every finding, in output order.
    public var diagnostics: [Diagnostic]
    /// The configuration read from the snapshot, if there was one.
    public var config: RepositoryConfig?
    /// Content files (outside the schema folder) that passed schema validation, by path: the input of
    /// the typed model and the rules.
    public var validDocuments: [String: JSONDocument]
    /// The typed model built from ``validDocuments``.
    public var model: StrategyModel
    /// The text of every file checked, by path, so reporters can quote lines without reading again.
    public var sources: [String: SourceText]
    /// The content files that did not pass (the rules' findings that could depend on them were
    /// withheld), sorted.
    public var brokenFiles: [String] = []
    /// The blob of each file the findings point into (in a range's reports), so that a server can
    /// tell whether the pusher may see a file's content before quoting it.
    public var blobs: [String: ObjectID] = [:]

    public var counts: DiagnosticCounts { DiagnosticCounts(diagnostics) }
}

/// Checks the files of snapshots: JSON syntax, then each content file against the schema the
/// repository configuration maps it to.
///
/// One validator can check many snapshots (a range of commits): files are parsed once per blob id,
/// schema sets compiled once per set of schema blobs, and a file's schema findings are reused while
/// neither the file nor the schemas change.
public final class ContentValidator {
    public let options: ValidationOptions
    public let documents: DocumentCache
    private var schemaSets: [String: SchemaSet] = [:]
    /// Findings per content file, by (path, blob id, configuration blob, schema set): reused while nothing changes.
    private var fileFindings: [FindingsKey: [Diagnostic]] = [:]
    /// A small number for each schema set met (by its key, made of the schema blobs), so that
    /// findings are keyed by it rather than by the long key itself.
    private var schemaSetNumbers: [String: Int] = [:]
    /// `$schema` values resolved to repository paths, by folder and value: the files of one folder
    /// write the same one.
    var resolvedSchemaReferences: [String: String] = [:]
    /// The trees the last commit-to-commit comparison read, so that the next one starts from them.
    let treeKeeper = TreeKeeper()

    public init(options: ValidationOptions = ValidationOptions(), documents: DocumentCache = DocumentCache()) {
        self.options = options
        self.documents = documents
    }

    /// Checks one snapshot.
    /// - Throws: `GitError` when the snapshot's files cannot be read (an operational failure, not a finding).
    public func validate(_ snapshot: Snapshot) throws(GitError) -> ValidationReport {
        try validateState(snapshot).report(allSources: true)
    }

    /// Checks one snapshot and keeps what the check found, piece by piece, so that a later commit
    /// can be checked from it (see ``validate(commit:tree:after:in:)``).
    func validateState(_ snapshot: Snapshot) throws(GitError) -> ValidationState {
        var files: [SnapshotFile] = []
        for root in options.contentRoots {
            files += try snapshot.files(under: root).filter { $0.path.hasSuffix(".json") }
        }
        let configFile = options.policy == nil ? try snapshot.file(at: RepositoryConfig.path) : options.policy?.config?.file
        if options.policy == nil, let configFile { files.append(configFile) }

        var state = ValidationState(treeID: nil, configKey: configFile?.id.hex ?? "-")
        var parsed: [(file: SnapshotFile, document: JSONDocument)] = []
        for file in files {
            let entry = try documents.document(for: file, in: snapshot)
            state.add(file, entry)
            if let document = entry.document { parsed.append((file, document)) }
        }
        if let policy = options.policy {
            for (file, entry) in (policy.config.map { [$0] } ?? []) + policy.schemas {
                state.add(file, entry)
                if let document = entry.document { parsed.append((file, document)) }
            }
        }

        state.config = readConfig(parsed, into: &state.globalFindings)
        let schemaPrefix = options.schemaRoot + "/"
        let schemaFiles = parsed.filter { $0.file.path.hasPrefix(schemaPrefix) }
        let schemas = schemaSet(for: schemaFiles)
        state.schemas = schemas
        for (file, _) in schemaFiles {
            state.globalFindings += findings(forSchema: file, in: schemas, parsed: schemaFiles)
        }

        state.schemaPaths = Set(schemaFiles.map(\.file.path))
        for (file, document) in parsed where !file.path.hasPrefix(schemaPrefix) {
            contentFile(file, document, into: &state)
        }
        if let config = state.config {
            state.globalFindings += missingSchemaFindings(config, schemaPaths: state.schemaPaths, parsed: parsed)
            state.requiredFindings = Self.requiredFindings(config, files: state.files)
        } else if configFile == nil {
            state.globalFindings.append(
                Diagnostic(
                    severity: .note, code: "no-config",
                    message: Message("validate.no-config", ["config": .text(RepositoryConfig.path)]),
                    hint: Message("validate.no-config.hint", ["config": .text(RepositoryConfig.path)])))
        }

        state.refusedFindings = snapshot.refusedPaths.map { refused in
            Diagnostic(
                severity: .error, code: "refused-path",
                message: Message("validate.refused-path", ["path": .text(refused.path), "reason": .text(refused.reason)]),
                path: refused.path, hint: Message("validate.refused-path.hint"))
        }
        state.model = StrategyModel.build(from: state.valid)
        state.ruleFindings = ruleFindings(&state, change: nil)
        return state
    }

    /// Adds a content file's schema findings to the state, and the file to the valid documents when
    /// it has no errors.
    func contentFile(_ file: SnapshotFile, _ document: JSONDocument, into state: inout ValidationState) {
        guard let schemas = state.schemas else { return }
        let found = findings(
            forContent: file, document, config: state.config, configKey: state.configKey, schemas: schemas,
            schemaPaths: state.schemaPaths)
        state.setFileFindings((state.fileFindings[file.path] ?? []) + found, for: file.path)
        if !found.contains(where: { $0.severity == .error }) { state.valid[file.path] = document }
    }

    /// The rules' findings for the state's model: all rules, or (with `change`) only the work the
    /// change makes necessary, reusing the findings remembered from the state before it.
    ///
    /// The rules run on the model built from every file that passed. While the configuration or a
    /// schema has errors, nothing can be trusted and the rules are not checked (one note says so);
    /// while content files have errors, the findings that could depend on them are withheld (one
    /// note names the files) and everything else is reported.
    func ruleFindings(_ state: inout ValidationState, change: ModelChange?) -> [Diagnostic] {
        guard options.runRules, let config = state.config else { return [] }
        let globalErrors = state.globalFindings.lazy.filter { $0.severity == .error }.count
        guard globalErrors == 0 else {
            state.ruleMemory.forget()
            return [
                Diagnostic(
                    severity: .note, code: "rules-skipped",
                    message: Message("validate.rules-skipped", ["count": .count(globalErrors)]))
            ]
        }
        let configDocument = state.entries[RepositoryConfig.path]?.document
        let engine = RuleEngine(config: config, context: RuleContext(asOf: options.asOf, configDocument: configDocument))
        let found = engine.run(state.model, memory: &state.ruleMemory, change: change)
        return RuleWithholding(brokenFiles: state.brokenContentFiles).apply(to: found)
    }

    /// The required files and folders (tryg.json "required") the snapshot lacks, each an error.
    static func requiredFindings(_ config: RepositoryConfig, files: [String: SnapshotFile]) -> [Diagnostic] {
        config.required.compactMap { entry in
            let present: Bool
            if entry.hasSuffix("/") {
                present = files.keys.contains { $0.hasPrefix(entry) && $0.hasSuffix(".json") }
            } else {
                present = files[entry] != nil
            }
            guard !present else { return nil }
            return Diagnostic(
                severity: .error, code: "required-content",
                message: Message(
                    entry.hasSuffix("/") ? "validate.required-folder" : "validate.required-file", ["path": .text(entry)]),
                path: RepositoryConfig.path, pointer: config.requiredPointers[entry],
                hint: Message("validate.required.hint", ["path": .text(entry)]))
        }
    }

    func cachedFindings(_ key: FindingsKey) -> [Diagnostic]? { fileFindings[key] }
    func storeFindings(_ findings: [Diagnostic], _ key: FindingsKey) { fileFindings[key] = findings }

    func readConfig(_ parsed: [(file: SnapshotFile, document: JSONDocument)], into diagnostics: inout [Diagnostic])
        -> RepositoryConfig?
    {
        guard let configDocument = parsed.first(where: { $0.file.path == RepositoryConfig.path })?.document else {
            return nil
        }
        let (config, problems) = RepositoryConfig.read(configDocument)
        diagnostics += problems
        return config
    }

    func schemaSet(for schemaFiles: [(file: SnapshotFile, document: JSONDocument)]) -> SchemaSet {
        let key = schemaFiles.map { "\($0.file.path)@\($0.file.id)" }.joined(separator: ",")
        if let set = schemaSets[key] { return set }
        var schemaOptions = SchemaOptions()
        schemaOptions.assertFormats = options.assertFormats
        let number = schemaSetNumbers[key] ?? schemaSetNumbers.count
        schemaSetNumbers[key] = number
        let set = SchemaSet(
            key: key, number: number, documents: schemaFiles.map { ($0.file.path, $0.document) }, options: schemaOptions)
        schemaSets = [key: set]  // keep the newest set only: ranges rarely return to an old one
        return set
    }
}
