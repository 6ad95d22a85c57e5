import JSON
import Messages

extension Workspace {
    /// What `tryg fmt` found.
    public struct Formatting {
        /// Files whose canonical text differs from what is on disk, with that text, by path.
        public var changes: [String: [UInt8]]
        /// Files that could not be formatted (not well-formed JSON), as syntax findings.
        public var problems: [Diagnostic]
        /// How many files were looked at.
        public var checked: Int
    }

    /// The canonical text of the work-tree files under `paths` (files or folders, repository-relative;
    /// empty: every `*.json` file the check reads — under the strategy and schema folders, and
    /// `tryg.json`). A byte order mark is dropped.
    ///
    /// - Throws: ``StrategyError`` when a path names nothing in the work tree.
    public func formatted(paths: [String]) throws(StrategyError) -> Formatting {
        var result = Formatting(changes: [:], problems: [], checked: 0)
        for path in try jsonFiles(paths) {
            guard let file = try? snapshot.file(at: path), let bytes = try? snapshot.read(file) else { continue }
            result.checked += 1
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let source = SourceText(bytes: body)
            do {
                let document = try JSONParser().parse(source)
                let canonical = format.bytes(document.root, path: path)
                if canonical != bytes { result.changes[path] = canonical }
            } catch {
                result.problems.append(
                    Diagnostic(
                        severity: .error, code: "syntax", message: error.text, path: path,
                        location: source.location(ofOffset: error.offset), hint: Message("authoring.fmt.syntax.hint")))
            }
        }
        return result
    }

    /// The JSON files under `paths`, sorted.
    func jsonFiles(_ paths: [String]) throws(StrategyError) -> [String] {
        if paths.isEmpty {
            let roots = validator.options.roots
            return ((try? snapshot.files(under: "")) ?? []).map(\.path).filter { path in
                path.hasSuffix(".json") && (path == RepositoryConfig.path || roots.contains { path.hasPrefix($0 + "/") })
            }
        }
        var out = Set<String>()
        for raw in paths {
            let path = RepositoryConfig.normalize(raw)
            let under = (try? snapshot.files(under: path)) ?? []
            guard !under.isEmpty else { throw StrategyError(Message("authoring.fmt.no-such-path", ["path": .text(raw)])) }
            out.formUnion(under.map(\.path).filter { $0.hasSuffix(".json") || $0 == path })
        }
        return out.sorted()
    }

    /// Writes formatted files, all or nothing.
    public func write(_ formatting: Formatting) throws(StrategyError) {
        try AtomicWriter.write(formatting.changes.keys.sorted().map { (root + "/" + $0, formatting.changes[$0] ?? []) })
    }
}
