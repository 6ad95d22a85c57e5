import Git
import JSON
import JSONSchema

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

    public init() {}
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
    private var fileFindings: [String: [Diagnostic]] = [:]

    public init(options: ValidationOptions = ValidationOptions(), documents: DocumentCache = DocumentCache()) {
        self.options = options
        self.documents = documents
    }

    /// Checks one snapshot.
    /// - Throws: `GitError` when the snapshot's files cannot be read (an operational failure, not a finding).
    public func validate(_ snapshot: Snapshot) throws(GitError) -> ValidationReport {
        var files: [SnapshotFile] = []
        for root in options.roots {
            files += try snapshot.files(under: root).filter { $0.path.hasSuffix(".json") }
        }
        let configFile = try snapshot.file(at: RepositoryConfig.path)
        if let configFile { files.append(configFile) }

        var diagnostics: [Diagnostic] = []
        var parsed: [(file: SnapshotFile, document: JSONDocument)] = []
        var sources: [String: SourceText] = [:]
        for file in files {
            let entry = try documents.document(for: file, in: snapshot)
            sources[file.path] = entry.source
            diagnostics += entry.syntaxDiagnostics(path: file.path)
            if let document = entry.document { parsed.append((file, document)) }
        }

        let config = readConfig(parsed, into: &diagnostics)
        let schemaPrefix = options.schemaRoot + "/"
        let schemaFiles = parsed.filter { $0.file.path.hasPrefix(schemaPrefix) }
        let schemas = schemaSet(for: schemaFiles)
        for (file, _) in schemaFiles {
            diagnostics += findings(forSchema: file, in: schemas, parsed: schemaFiles)
        }

        var valid: [String: JSONDocument] = [:]
        let schemaPaths = Set(schemaFiles.map(\.file.path))
        for (file, document) in parsed where !file.path.hasPrefix(schemaPrefix) {
            let found = findings(
                forContent: file, document, config: config, configKey: configFile?.id.hex ?? "-", schemas: schemas,
                schemaPaths: schemaPaths)
            diagnostics += found
            if !found.contains(where: { $0.severity == .error }) { valid[file.path] = document }
        }
        if let config {
            diagnostics += missingSchemaFindings(config, schemaPaths: schemaPaths, parsed: parsed)
        } else if configFile == nil {
            diagnostics.append(Diagnostic(
                severity: .note, code: "no-config",
                message: "the repository has no \(RepositoryConfig.path), so only JSON syntax was checked",
                hint: "add \(RepositoryConfig.path) at the repository root to map files to their schemas"))
        }

        let model = StrategyModel.build(from: valid)
        diagnostics += ruleFindings(model, config: config, earlierErrors: diagnostics.filter { $0.severity == .error }.count)
        return ValidationReport(
            filesChecked: files.count, diagnostics: Diagnostic.sortedForOutput(diagnostics), config: config,
            validDocuments: valid, model: model, sources: sources)
    }

    /// The rules' findings; rules run only on content in which every file passed its schema, since
    /// a file left out of the model would make them report things that are not so.
    private func ruleFindings(_ model: StrategyModel, config: RepositoryConfig?, earlierErrors: Int) -> [Diagnostic] {
        guard options.runRules, config != nil else { return [] }
        guard earlierErrors == 0 else {
            return [Diagnostic(
                severity: .note, code: "rules-skipped",
                message: "the strategy's rules were not checked, because \(earlierErrors) file error\(earlierErrors == 1 ? "" : "s") must be fixed first")]
        }
        return RuleEngine(config: config, context: RuleContext(asOf: options.asOf)).run(model)
    }

    func cachedFindings(_ key: String) -> [Diagnostic]? { fileFindings[key] }
    func storeFindings(_ findings: [Diagnostic], _ key: String) { fileFindings[key] = findings }

    private func readConfig(_ parsed: [(file: SnapshotFile, document: JSONDocument)], into diagnostics: inout [Diagnostic])
        -> RepositoryConfig?
    {
        guard let configDocument = parsed.first(where: { $0.file.path == RepositoryConfig.path })?.document else {
            return nil
        }
        let (config, problems) = RepositoryConfig.read(configDocument)
        diagnostics += problems
        return config
    }

    private func schemaSet(for schemaFiles: [(file: SnapshotFile, document: JSONDocument)]) -> SchemaSet {
        let key = schemaFiles.map { "\($0.file.path)@\($0.file.id)" }.joined(separator: ",")
        if let set = schemaSets[key] { return set }
        var schemaOptions = SchemaOptions()
        schemaOptions.assertFormats = options.assertFormats
        let set = SchemaSet(key: key, documents: schemaFiles.map { ($0.file.path, $0.document) }, options: schemaOptions)
        schemaSets = [key: set]  // keep the newest set only: ranges rarely return to an old one
        return set
    }
}
