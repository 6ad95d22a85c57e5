import JSON
import Messages

/// A place in a file: its path and a 1-based line.
public struct FileLine: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    /// `path:line`.
    public var description: String { "\(path):\(line)" }
}

/// One semantic change inside an entity: a status change, a rename, or a field change.
public struct ChangeEvent: Sendable {
    /// What happened.
    public enum Kind: Sendable {
        /// The status changed (`active → ended on 2017-12-31`, `active → merged into x`).
        case status(from: String?, to: String?, on: String?, mergedInto: String?)
        /// The name changed while the id stayed (`inferred`: the content marks the rename as an
        /// inference in its `assumptions`).
        case renamed(from: String, to: String, inferred: Bool)
        /// A field was set, replaced or removed.
        case value(old: JSONValue?, new: JSONValue?)
        /// Members of a list field were added or removed.
        case items(added: [ListItem], removed: [ListItem])
    }

    /// The field the event concerns (`status`, `name`, `coordinationGroup.name`, `owners`).
    public var field: String
    /// What happened.
    public var kind: Kind
    /// Where it is written in the old file, when it is there.
    public var old: FileLine?
    /// Where it is written in the new file, when it is there.
    public var new: FileLine?
    /// Whether the event is only about the file's `sources` or `assumptions`.
    public var isBookkeeping: Bool

    public init(field: String, kind: Kind, old: FileLine?, new: FileLine?, isBookkeeping: Bool = false) {
        self.field = field
        self.kind = kind
        self.old = old
        self.new = new
        self.isBookkeeping = isBookkeeping
    }
}

/// What happened to one entity (one file) between two snapshots.
public struct EntityChange: Sendable {
    /// The kind of change to the entity as a whole.
    public enum Kind: Sendable, Hashable {
        /// The entity is new.
        case added
        /// The entity's file is gone.
        case removed
        /// The entity is in both snapshots and changed.
        case modified
        /// A file was renamed and its id changed with it: ids are meant to be stable, so this is
        /// reported as a suspected id change (`similarity`: how alike the files are, 0–100).
        case idChanged(from: String, similarity: Int)
    }

    /// The kind of entity (`initiative`, `partner`, …).
    public var entity: ContentLayout.Kind
    /// The entity's id (the new one for an id change; `year/initiative` for reports).
    public var id: String
    public var kind: Kind
    /// The entity's name (the new one, or the old one for a removed entity), when it has one.
    public var name: String?
    /// The file in the old snapshot.
    public var oldPath: String?
    /// The file in the new snapshot.
    public var newPath: String?
    /// The semantic changes, in the order of the file's members.
    public var events: [ChangeEvent]
    /// The entity as the old file gives it, read with the model's own reader (nil when absent or
    /// not valid JSON).
    public var old: Entity?
    /// The entity as the new file gives it.
    public var new: Entity?
    /// Problems that limit what can be said (a side that is not valid JSON).
    public var problems: [Message]

    public init(
        entity: ContentLayout.Kind, id: String, kind: Kind, name: String?, oldPath: String?, newPath: String?,
        events: [ChangeEvent] = [], old: Entity? = nil, new: Entity? = nil, problems: [Message] = []
    ) {
        self.entity = entity
        self.id = id
        self.kind = kind
        self.name = name
        self.oldPath = oldPath
        self.newPath = newPath
        self.events = events
        self.old = old
        self.new = new
        self.problems = problems
    }

    /// Whether the entity's own status became `ended` (`merged`) in this change.
    public var ended: Bool { statusTo == "ended" }
    public var merged: Bool { statusTo == "merged" }
    /// Whether the entity itself (not a part of it) was renamed.
    public var renamed: Bool {
        events.contains { if case .renamed = $0.kind, $0.field == "name" { return true } else { return false } }
    }
    /// Whether anything beyond status, rename and bookkeeping changed.
    public var hasFieldChanges: Bool {
        events.contains { event in
            switch event.kind {
            case .status: return false
            case .renamed: return event.field != "name"
            case .value, .items: return !event.isBookkeeping
            }
        }
    }

    /// The order of changes within a kind: suspected id changes, removed, ended, merged, renamed,
    /// changed, added — the order in which a reviewer wants to read them.
    var rank: Int {
        switch kind {
        case .idChanged: return 0
        case .removed: return 1
        case .added: return 6
        case .modified: return ended ? 2 : merged ? 3 : renamed ? 4 : 5
        }
    }

    private var statusTo: String? {
        for event in events { if case .status(_, let to, _, _) = event.kind, event.field == "status" { return to } }
        return nil
    }
}

/// Counts of what a diff contains, for headlines: "2 ended, 1 merged, 2 renamed, 12 added".
public struct DiffCounts: Sendable, Hashable {
    public var added = 0
    public var removed = 0
    public var ended = 0
    public var merged = 0
    public var renamed = 0
    public var idChanges = 0
    /// Entities with other changes (fields, parts renamed, bookkeeping only).
    public var changed = 0

    public init(_ changes: [EntityChange]) {
        for change in changes {
            switch change.kind {
            case .added: added += 1
            case .removed: removed += 1
            case .idChanged: idChanges += 1
            case .modified:
                if change.ended { ended += 1 }
                if change.merged { merged += 1 }
                if change.renamed { renamed += 1 }
                if !change.ended && !change.merged && !change.renamed { changed += 1 }
            }
        }
    }

    /// The non-zero counts in headline order, each as its catalogue key, e.g. `[(2, "diff.count.ended")]`.
    public var parts: [(count: Int, key: String)] {
        [
            (ended, "diff.count.ended"), (merged, "diff.count.merged"), (renamed, "diff.count.renamed"),
            (added, "diff.count.added"), (removed, "diff.count.removed"), (idChanges, "diff.count.id-changes"),
            (changed, "diff.count.changed"),
        ]
        .filter { $0.0 > 0 }
    }

    /// "2 ended, 1 merged, 2 renamed, 12 added", or "no changes".
    public var headline: Message {
        guard !parts.isEmpty else { return Message("diff.no-changes") }
        return Message(
            "diff.headline", ["parts": .list(parts.map { .message(Message($0.key, ["count": .count($0.count)])) }, .comma)])
    }
}

/// The semantic difference between two snapshots of the strategy.
public struct StrategyDiff: Sendable {
    /// Every changed entity, grouped by kind (strategy, organisation, partners, goals, initiatives,
    /// reports) and sorted by id.
    public var changes: [EntityChange]

    public init(changes: [EntityChange]) {
        self.changes = changes.sorted {
            let a = StrategyDiff.order($0.entity), b = StrategyDiff.order($1.entity)
            if a != b { return a < b }
            let x = $0.rank, y = $1.rank
            return x != y ? x < y : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8)
        }
    }

    public var isEmpty: Bool { changes.isEmpty }
    public var counts: DiffCounts { DiffCounts(changes) }

    /// The position of a kind of entity in output.
    public static func order(_ kind: ContentLayout.Kind) -> Int {
        ContentLayout.Kind.allCases.firstIndex(of: kind) ?? 0
    }

    /// How a kind of entity is named as a group heading ("Initiatives" / "Indsatser").
    public static func heading(_ kind: ContentLayout.Kind) -> Message {
        switch kind {
        case .strategy: return Message("diff.heading.strategy")
        case .organisation: return Message("diff.heading.organisation")
        case .partner: return Message("diff.heading.partners")
        case .goal: return Message("diff.heading.goals")
        case .initiative: return Message("diff.heading.initiatives")
        case .report: return Message("diff.heading.reports")
        }
    }
}
