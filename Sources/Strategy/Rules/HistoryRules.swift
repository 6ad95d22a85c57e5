import Git
import JSON
import Messages

/// A rule that compares a change with its base instead of checking one snapshot: it runs in
/// `validate --range` (each commit against its first parent), in the pre-commit hook (the index
/// against HEAD), in the pre-receive hook (each commit against the reference's old value) and in
/// `tryg diff`, through ``HistoryRules``. The rule engine knows these rules (for `tryg rules`,
/// `tryg.json` settings and exceptions) but never runs them on a single model.
public protocol HistoryRule: Rule {}

/// `former-name-recorded`: an initiative (or a group of the organisation) whose `name` changes keeps
/// its old name in `formerNames`.
struct FormerNameRecorded: HistoryRule {
    static let name = "former-name-recorded"
    static let defaultSeverity = Diagnostic.Severity.error
    init() {}
}

/// `entity-not-deleted`: an entity's file never disappears: an initiative is ended or merged, never
/// deleted. A reasoned exception on `strategy.json` naming the file (`"file"`) allows it.
struct EntityNotDeleted: HistoryRule {
    static let name = "entity-not-deleted"
    static let defaultSeverity = Diagnostic.Severity.error
    static let excusable = true
    init() {}
}

/// `id-not-reused`: an id that named an entity once is never given to another one.
struct IDNotReused: HistoryRule {
    static let name = "id-not-reused"
    static let defaultSeverity = Diagnostic.Severity.error
    init() {}
}

/// What the history rules need to know of one side of a change: every entity file present, and
/// the names and ids it uses. Small, so that a long range keeps one per commit it still needs.
public struct HistoryFacts: Sendable {
    /// A named thing whose name may change: an initiative, or a group of the organisation.
    public struct Named: Sendable {
        public var name: String
        public var formerNames: [String]
        /// Where its `name` is written, in the change (for findings).
        var origin: Origin
    }

    /// The entity files present (strategy, organisation, partners, goals, initiatives, reports).
    public var paths: Set<String>
    /// Initiatives by path and the organisation's groups by their pointer.
    public var named: [String: Named]
    /// The name of each initiative, goal and partner by path (to recognise a file moved to another id).
    public var names: [String: String]
    /// Initiative ids the content mentions as merged, absorbed or replaced, or that a former name gives.
    public var mentionedIDs: Set<String>
    /// The strategy (its exceptions may allow a deletion) and the configuration (severities).
    public var strategy: StrategyInfo?
    public var config: RepositoryConfig?

    /// The facts of `model`, built from the files at `paths` (every file of the snapshot may be given:
    /// only entity files are kept, also those that failed their schema and so are not in the model).
    public init(model: StrategyModel, paths: some Sequence<String>, config: RepositoryConfig?) {
        self.paths = Set(paths.filter { ContentLayout.classify($0) != nil })
        strategy = model.strategy
        self.config = config
        named = [:]
        names = [:]
        mentionedIDs = []
        for initiative in model.initiatives {
            let path = initiative.origin.path
            named[path] = Named(
                name: initiative.name, formerNames: initiative.formerNames.map(\.name),
                origin: initiative.origin.appending("name"))
            names[path] = initiative.name
            for ref in [initiative.mergedInto].compactMap({ $0 }) + initiative.absorbed + initiative.replaces {
                mentionedIDs.insert(ref.value)
            }
            for former in initiative.formerNames { IDDerivation.id(from: former.name).map { _ = mentionedIDs.insert($0) } }
        }
        for goal in model.goals { names[goal.origin.path] = goal.name }
        for partner in model.partners { names[partner.origin.path] = partner.name }
        if let organisation = model.organisation { addGroups(organisation.origin) }
    }

    private mutating func addGroups(_ origin: Origin) {
        for key in ["steeringGroup", "coordinationGroup", "tovholdere"] {
            let group = origin.appending(key)
            guard let value = RuleSupport.value(at: group), let name = value["name"]?.stringValue else { continue }
            let former = (value["formerNames"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
            named[origin.path + "#/" + key] = Named(name: name, formerNames: former, origin: group.appending("name"))
        }
    }
}

/// Runs the history rules over one change.
public enum HistoryRules {
    /// The history rules, in the order `tryg rules` lists them.
    public static let all: [any Rule.Type] = [FormerNameRecorded.self, EntityNotDeleted.self, IDNotReused.self]

    /// The findings of a change against its base.
    ///
    /// - Parameters:
    ///   - base: the facts of the base (the parent commit, HEAD, the reference's old value).
    ///   - change: the facts of the change; its findings point into the change's files, its
    ///     strategy's exceptions may allow a deletion, its `tryg.json` sets the severities.
    ///   - earlier: entity files that existed in the base's history though not in the base itself,
    ///     with their names there (see ``earlierPaths(_:before:in:)``); an added file among them
    ///     that names another entity reuses an id (one that comes back under its old name is the
    ///     same entity restored).
    public static func check(base: HistoryFacts, change: HistoryFacts, earlier: [String: String?] = [:]) -> [Diagnostic] {
        var out = renames(base, change) + deletions(base, change, change.strategy) + reuses(base, change, earlier)
        out = out.compactMap { finding in
            guard let setting = change.config?.rules[finding.code] else { return finding }
            guard let severity = Diagnostic.Severity(rawValue: setting.rawValue) else { return nil }
            var changed = finding
            if changed.severity != .note { changed.severity = severity }
            return changed
        }
        return Diagnostic.sortedForOutput(out)
    }

    /// The findings of a change against its base, both checked in full (a work tree, the index or a
    /// commit, each with the report ``ContentValidator/validate(_:)`` gives): for the pre-commit
    /// hook, `validate --new-since` and `tryg diff`. `baseCommit` is the commit the base was read
    /// from, whose history tells which ids were used before (nil: not looked up).
    public static func check(
        base: ValidationReport, change: ValidationReport, baseCommit: ObjectID?, in repository: Repository
    ) throws(GitError) -> [Diagnostic] {
        let before = HistoryFacts(model: base.model, paths: base.sources.keys, config: base.config)
        let after = HistoryFacts(model: change.model, paths: change.sources.keys, config: change.config)
        let earlier = try earlierPaths(added(before, after), before: baseCommit, in: repository)
        return check(base: before, change: after, earlier: earlier)
    }

    /// The entity files the change adds.
    public static func added(_ base: HistoryFacts, _ change: HistoryFacts) -> [String] {
        change.paths.subtracting(base.paths).sorted()
    }

    /// The entity files among `paths` that existed in some commit reachable from `base`, with the
    /// name the entity had in the newest such commit (nil when it has none, e.g. a report).
    ///
    /// - Complexity: one tree lookup per path and commit of the base's history; called only for
    ///   the files a change adds, which is rare.
    public static func earlierPaths(_ paths: [String], before base: ObjectID?, in repository: Repository) throws(GitError)
        -> [String: String?]
    {
        guard let base, !paths.isEmpty else { return [:] }
        var remaining = Set(paths)
        var found: [String: String?] = [:]
        for id in try repository.walk(including: [base]) where !remaining.isEmpty {
            let tree = try repository.commit(id).tree()
            for path in remaining {
                guard let entry = try tree.entry(atPath: path) else { continue }
                let bytes = try repository.blobBytes(entry.id)
                found[path] = .some((try? JSONParser().parse(bytes))?.root["name"]?.stringValue)
            }
            remaining.subtract(found.keys)
        }
        return found
    }

    static func renames(_ base: HistoryFacts, _ change: HistoryFacts) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (key, after) in change.named.sorted(by: { $0.key < $1.key }) {
            guard let before = base.named[key], before.name != after.name, !after.formerNames.contains(before.name) else {
                continue
            }
            let isInitiative = ContentLayout.classify(key)?.kind == .initiative
            let id = ContentLayout.classify(key)?.id ?? ""
            let entry = #"{"name": "\#(before.name)", "until": "YYYY-MM-DD"}"#
            out.append(
                Diagnostic(
                    FormerNameRecorded.defaultSeverity, FormerNameRecorded.name,
                    Message("rule.former-name-recorded.message", ["old": .text(before.name), "new": .name(after.name)]),
                    at: after.origin,
                    hint: Message(
                        isInitiative ? "rule.former-name-recorded.hint" : "rule.former-name-recorded.group.hint",
                        [
                            "entry": .text(entry), "id": .text(id), "new": .text(after.name),
                        ])))
        }
        return out
    }

    static func deletions(_ base: HistoryFacts, _ change: HistoryFacts, _ strategy: StrategyInfo?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let added = Self.added(base, change)
        for path in base.paths.subtracting(change.paths).sorted() {
            let name = base.names[path]
            let movedTo = name.flatMap { n in
                added.first { change.names[$0] == n && ContentLayout.classify($0)?.kind == ContentLayout.classify(path)?.kind }
            }
            let message =
                movedTo.map { Message("rule.entity-not-deleted.moved", ["path": .text(path), "to": .text($0)]) }
                ?? Message("rule.entity-not-deleted.message", ["path": .text(path)])
            var finding = Diagnostic(
                severity: EntityNotDeleted.defaultSeverity, code: EntityNotDeleted.name, message: message, path: path,
                hint: Message(
                    Self.deletionHint(path, moved: movedTo != nil),
                    [
                        "path": .text(path), "id": .text(ContentLayout.classify(path)?.id ?? ""),
                    ]))
            if let exception = strategy?.exceptions.first(where: { $0.rule == EntityNotDeleted.name && $0.file == path }),
                !exception.reason.allSatisfy(\.isWhitespace)
            {
                finding.severity = .note
                finding.message = Message(
                    "engine.excepted", ["finding": .message(finding.message), "reason": .text(exception.reason)])
                finding.related.append(exception.origin.related(Message("engine.exception-written-here")))
            }
            out.append(finding)
        }
        return out
    }

    static func deletionHint(_ path: String, moved: Bool) -> String {
        if moved { return "rule.entity-not-deleted.moved.hint" }
        return ContentLayout.classify(path)?.kind == .initiative
            ? "rule.entity-not-deleted.hint" : "rule.entity-not-deleted.other.hint"
    }

    static func reuses(_ base: HistoryFacts, _ change: HistoryFacts, _ earlier: [String: String?]) -> [Diagnostic] {
        added(base, change).compactMap { path in
            guard let (kind, id) = ContentLayout.classify(path), kind != .report else { return nil }
            let mentioned = kind == .initiative && base.mentionedIDs.contains(id)
            var usedBefore = false
            if let earlierName = earlier[path] {
                let now = change.names[path]
                let formerNames = change.named[path]?.formerNames ?? []
                usedBefore = earlierName != now && !(earlierName.map(formerNames.contains) ?? false)
                if !usedBefore { return nil }  // the same entity, restored
            }
            guard usedBefore || mentioned else { return nil }
            let message = Message(mentioned ? "rule.id-not-reused.mentioned" : "rule.id-not-reused.message", ["id": .text(id)])
            let hint = Message("rule.id-not-reused.hint", ["id": .text(id)])
            if let document = change.named[path]?.origin.document {
                let origin = Origin(path: path, document: document, pointer: JSONPointer.root.appending("id"))
                return Diagnostic(IDNotReused.defaultSeverity, IDNotReused.name, message, at: origin, hint: hint)
            }
            return Diagnostic(
                severity: IDNotReused.defaultSeverity, code: IDNotReused.name,
                message: message, path: path, pointer: JSONPointer.root.appending(kind == .report ? "initiative" : "id"),
                hint: hint)
        }
    }
}

/// The history facts of the last few contents checked, so that a range compares each commit with
/// its base without keeping a model per commit: in a series the base is the commit just checked.
final class HistoryFactsCache {
    private var facts: [String: (facts: HistoryFacts, used: Int)] = [:]
    private var clock = 0
    let capacity: Int

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// The facts remembered for a content key (marking them as just used).
    func facts(_ key: String) -> HistoryFacts? {
        guard let entry = facts[key] else { return nil }
        clock += 1
        facts[key] = (entry.facts, clock)
        return entry.facts
    }

    /// Remembers facts, forgetting the least recently used ones beyond the capacity.
    func remember(_ key: String, _ value: HistoryFacts) {
        clock += 1
        facts[key] = (value, clock)
        if facts.count > capacity, let oldest = facts.min(by: { $0.value.used < $1.value.used })?.key {
            facts[oldest] = nil
        }
    }
}

extension FindingComparison {
    /// Adds the history rules' findings of the change (see ``HistoryRules``) to the new findings:
    /// they describe what the change did, so they are new by nature.
    public mutating func addHistory(_ findings: [Diagnostic]) {
        guard !findings.isEmpty else { return }
        new = Diagnostic.sortedForOutput(new + findings)
    }
}
