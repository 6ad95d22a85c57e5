import Git
import JSON

/// What checking one snapshot found, kept piece by piece: the files and their parses, each file's
/// own findings, the findings about the configuration and the schemas, the valid documents, the
/// model and the rules' findings.
///
/// A range of commits is checked by carrying the state of one commit over to the next and redoing
/// only what the files that changed between them make necessary (see
/// ``ContentValidator/validate(commit:tree:after:in:)``).
struct ValidationState {
    /// The root tree of the commit the state describes (nil for a snapshot that is no commit).
    var treeID: ObjectID?
    /// The files checked, by path: the roots' `*.json` files and the configuration file.
    var files: [String: SnapshotFile] = [:]
    /// Each checked file's parse, by path.
    var entries: [String: DocumentCache.Entry] = [:]
    /// Each file's own findings (syntax, duplicate keys, `$schema`, schema), by path; files without
    /// findings have no entry.
    private(set) var fileFindings: [String: [Diagnostic]] = [:]
    /// How many findings in ``fileFindings`` are errors.
    private(set) var fileErrors = 0
    /// Findings about the configuration and the schema files, which depend only on them.
    var globalFindings: [Diagnostic] = []
    /// Findings about required content that is missing (they depend on which files exist).
    var requiredFindings: [Diagnostic] = []
    /// Findings about tree entries git would refuse to check out.
    var refusedFindings: [Diagnostic] = []
    /// The configuration, when `tryg.json` was read.
    var config: RepositoryConfig?
    /// The configuration file's blob id (`-` without one): part of every content file's cache key.
    var configKey: String
    /// The compiled schemas.
    var schemas: SchemaSet?
    /// The paths of the schema files.
    var schemaPaths: Set<String> = []
    /// Content files without schema errors, by path: the model's input.
    var valid: [String: JSONDocument] = [:]
    /// The typed model built from ``valid``.
    var model = StrategyModel()
    /// The rules' findings (or the note that they were skipped).
    var ruleFindings: [Diagnostic] = []
    /// What the rules found, rule by rule, so that the next commit re-runs only what its change needs.
    var ruleMemory = RuleMemory()

    init(treeID: ObjectID?, configKey: String) {
        self.treeID = treeID
        self.configKey = configKey
    }

    /// Errors among the files' and the global findings.
    var errorCount: Int { fileErrors + globalFindings.lazy.filter { $0.severity == .error }.count }

    /// The content files (entity files, outside the schemas) that are checked but did not pass:
    /// the rules' findings that could depend on them are withheld.
    var brokenContentFiles: [String] {
        fileFindings.keys.filter { path in valid[path] == nil && ContentLayout.classify(path) != nil }.sorted()
    }

    /// Replaces the findings of one file.
    mutating func setFileFindings(_ findings: [Diagnostic], for path: String) {
        // One hash of the path where possible: this runs for every file of a snapshot.
        let old = findings.isEmpty ? fileFindings.removeValue(forKey: path) : fileFindings.updateValue(findings, forKey: path)
        if let old { fileErrors -= old.lazy.filter { $0.severity == .error }.count }
        fileErrors += findings.lazy.filter { $0.severity == .error }.count
    }

    /// Records a file of the snapshot with its parse and its syntax findings (the schema's findings
    /// come later, from ``ContentValidator/contentFile(_:_:into:)``).
    mutating func add(_ file: SnapshotFile, _ entry: DocumentCache.Entry) {
        files[file.path] = file
        entries[file.path] = entry
        setFileFindings(entry.syntaxDiagnostics(path: file.path), for: file.path)
    }

    /// Forgets a file that is no longer in the snapshot.
    mutating func remove(_ path: String) {
        setFileFindings([], for: path)
        files[path] = nil
        entries[path] = nil
        valid[path] = nil
    }

    /// The report of the state: every finding in output order; the text of every file checked
    /// (`allSources`) or only of the files the findings point into.
    func report(allSources: Bool) -> ValidationReport {
        var diagnostics = globalFindings + requiredFindings + refusedFindings + ruleFindings
        for (_, found) in fileFindings { diagnostics += found }
        var sources: [String: SourceText] = [:]
        var blobs: [String: ObjectID] = [:]
        if allSources {
            for (path, entry) in entries { sources[path] = entry.source }
        } else {
            for d in diagnostics {
                for path in [d.path] + d.related.map(\.path) {
                    guard let path, sources[path] == nil else { continue }
                    sources[path] = entries[path]?.source
                    blobs[path] = files[path]?.id
                }
            }
        }
        var report = ValidationReport(
            filesChecked: files.count, diagnostics: Diagnostic.sortedForOutput(diagnostics), config: config,
            validDocuments: valid, model: model, sources: sources, brokenFiles: brokenContentFiles)
        report.blobs = blobs
        return report
    }
}

extension ContentValidator {
    /// Checks a commit, starting from the state of an earlier one: only the files that differ
    /// between the two trees are read, parsed (unless the cache has them) and checked; the model is
    /// updated in place when the changed files keep their entities, and the rules re-check only
    /// what those entities can affect.
    ///
    /// Falls back to checking the whole snapshot when there is no earlier state, or when the change
    /// touches the schemas or the configuration (all content is then checked against the new ones).
    ///
    /// The earlier state is consumed: hand it over (`state.take()`), so that updating it copies nothing.
    func validate(
        commit id: ObjectID, tree treeID: ObjectID, after previous: consuming ValidationState?,
        in repository: Repository
    ) throws(GitError) -> ValidationState {
        let schemaPrefix = options.schemaRoot + "/"
        guard var state = previous.take(), let oldTree = state.treeID else {
            return try fullState(id, treeID, repository)
        }
        // The whole tree is compared (only changed folders are entered): a path git would refuse
        // to check out may come anywhere, and is rare enough to be checked in full when it does.
        let changes = try repository.changedFiles(from: oldTree, to: treeID, under: [], keeping: treeKeeper)
        if !state.refusedFindings.isEmpty || changes.contains(where: { $0.newPath.map(Self.hasRefusedName) ?? false }) {
            return try fullState(id, treeID, repository)
        }
        let checked = changes.filter { change in
            [change.oldPath, change.newPath].contains { path in path.map(isChecked) ?? false }
        }
        if checked.contains(where: { change in
            [change.oldPath, change.newPath].contains { $0 == RepositoryConfig.path || $0?.hasPrefix(schemaPrefix) == true }
        }) {
            return try fullState(id, treeID, repository)
        }
        state.treeID = treeID
        if checked.isEmpty { return state }

        var modelChange = ModelChange()
        var entitiesMoved = false
        for change in checked {
            if let old = change.oldPath, isChecked(old), state.files[old] != nil,
                change.newPath != old || !Self.isRegularFile(change.newMode)
            {
                if state.valid[old] != nil, ContentLayout.classify(old) != nil { entitiesMoved = true }
                state.remove(old)
            }
            guard let path = change.newPath, isChecked(path), let blob = change.newID, Self.isRegularFile(change.newMode)
            else { continue }
            let file = SnapshotFile(path: path, id: blob)
            let wasValid = state.valid[path] != nil
            state.remove(path)
            let entry = try documents.document(for: file, in: repository)
            state.add(file, entry)
            if let document = entry.document { contentFile(file, document, into: &state) }
            guard let (kind, _) = ContentLayout.classify(path) else { continue }
            let isValid = state.valid[path] != nil
            if wasValid && isValid {
                modelChange.paths.insert(path)
                modelChange.kinds.insert(kind)
            } else if wasValid || isValid {
                entitiesMoved = true
            }
        }

        if !entitiesMoved {
            for path in modelChange.paths.sorted() {
                guard let document = state.valid[path], let owners = state.model.replace(at: path, with: document) else {
                    entitiesMoved = true
                    break
                }
                modelChange.owners.formUnion(owners)
            }
        }
        if checked.contains(where: { $0.kind == .added || $0.kind == .deleted }), let config = state.config {
            state.requiredFindings = Self.requiredFindings(config, files: state.files)
        }
        if entitiesMoved {
            state.model = StrategyModel.build(from: state.valid)
            state.ruleMemory.forget()
            state.ruleFindings = ruleFindings(&state, change: nil)
        } else {
            state.model.finishReplacing(modelChange.kinds)
            state.ruleFindings = ruleFindings(&state, change: modelChange)
        }
        return state
    }

    private func fullState(_ id: ObjectID, _ treeID: ObjectID, _ repository: Repository) throws(GitError) -> ValidationState {
        var state = try validateState(try repository.snapshot(.commit(id)))
        state.treeID = treeID
        return state
    }

    /// Whether the whole-snapshot check looks at the file at `path`.
    private func isChecked(_ path: String) -> Bool {
        if path == RepositoryConfig.path { return options.policy == nil }
        guard path.hasSuffix(".json") else { return false }
        return options.contentRoots.contains { root in
            let prefix = root.hasSuffix("/") ? root : root + "/"
            return root.isEmpty || path.hasPrefix(prefix)
        }
    }

    /// Whether a path has a component git would refuse to check out.
    static func hasRefusedName(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).contains {
            RefusedPath.reason(forName: String($0), mode: 0) != nil
        }
    }

    /// Whether a git file mode is a regular file's (what a snapshot lists).
    private static func isRegularFile(_ mode: UInt32) -> Bool { mode == 0o100644 || mode == 0o100755 }
}
