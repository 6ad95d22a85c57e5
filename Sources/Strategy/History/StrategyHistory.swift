import Git
import JSON

/// A commit as history listings show it.
public struct CommitSummary: Sendable {
    public var id: ObjectID
    /// The first line of the message.
    public var summary: String
    public var author: Signature
    public var committer: Signature

    public init(_ commit: Commit) {
        id = commit.id
        summary = commit.summary
        author = commit.author
        committer = commit.committer
    }

    /// The day the author made the change, in the author's own time zone.
    public var authorDay: Day { Self.day(author) }

    /// The calendar day of a signature's time in its own time zone.
    public static func day(_ signature: Signature) -> Day {
        let seconds = signature.time + Int64(signature.offsetMinutes) * 60
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return Day(number: Int(days))
    }
}

/// How a version of the strategy was adopted, as `strategy.json` records it.
public struct Adoption: Sendable, Hashable {
    public var caseNumber: String?
    public var agendaItem: Int?
    public var title: String?
    public var body: String?
    public var decision: String?
    public var date: String?
}

/// One version of the strategy (`"version"` in `strategy/strategy.json`) found in history.
public struct StrategyVersion: Sendable {
    public var version: Int
    /// The first commit (on the walked history) whose strategy has this version.
    public var first: CommitSummary
    /// The last commit whose strategy has this version: what `vN` names.
    public var last: CommitSummary
    /// How many commits carry this version.
    public var commits: Int
    /// The strategy's name, period and adoption at the last commit.
    public var name: String?
    public var periodFrom: String?
    public var periodTo: String?
    public var adoption: Adoption?
}

/// The strategy's versions in the history of a commit.
public enum StrategyHistory {
    /// The strategy file.
    public static let strategyPath = ContentLayout.strategy

    /// The versions found on the history of `start` (first parents only, as the strategy's main line
    /// is read), oldest first. A commit whose strategy file is missing or cannot be read belongs to
    /// no version.
    ///
    /// - Complexity: one tree lookup per commit; the strategy file is parsed only when its blob
    ///   changes from one commit to the next.
    public static func versions(in repository: Repository, from start: ObjectID) throws(GitError) -> [StrategyVersion] {
        let ids = try repository.walk(including: [start], firstParentOnly: true, order: [.topological, .reverse])
        var versions: [StrategyVersion] = []
        var positions: [Int: Int] = [:]
        var lastBlob: ObjectID?
        var lastRoot: JSONValue?
        for id in ids {
            let commit = try repository.commit(id)
            let blob = try commit.tree().entry(atPath: strategyPath).map(\.id)
            if blob != lastBlob {
                lastBlob = blob
                let bytes = try blob.map { id throws(GitError) in try repository.blobBytes(id) }
                lastRoot = bytes.flatMap { try? JSONParser().parse($0).root }
            }
            guard let root = lastRoot, let number = root["version"]?.numberValue?.intValue else { continue }
            let summary = CommitSummary(commit)
            if let position = positions[number] {
                versions[position].last = summary
                versions[position].commits += 1
                versions[position].fill(from: root)
            } else {
                positions[number] = versions.count
                var version = StrategyVersion(version: number, first: summary, last: summary, commits: 1)
                version.fill(from: root)
                versions.append(version)
            }
        }
        return versions
    }

    /// The version number a revision name like `v2` asks for, or nil for other names.
    public static func versionNumber(inName name: String) -> Int? {
        guard name.count >= 2, name.first == "v" || name.first == "V" else { return nil }
        let digits = name.dropFirst()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 9 else { return nil }
        return Int(digits)
    }
}

extension StrategyVersion {
    init(version: Int, first: CommitSummary, last: CommitSummary, commits: Int) {
        self.version = version
        self.first = first
        self.last = last
        self.commits = commits
    }

    /// Takes name, period and adoption from a strategy document.
    mutating func fill(from root: JSONValue) {
        name = root["name"]?.stringValue
        periodFrom = root["period"]?["from"]?.stringValue
        periodTo = root["period"]?["to"]?.stringValue
        if let adoption = root["adoption"], adoption.objectValue != nil {
            self.adoption = Adoption(
                caseNumber: adoption["case"]?.stringValue, agendaItem: adoption["agendaItem"]?.numberValue?.intValue,
                title: adoption["title"]?.stringValue, body: adoption["body"]?.stringValue,
                decision: adoption["decision"]?.stringValue, date: adoption["date"]?.stringValue)
        } else {
            self.adoption = nil
        }
    }
}
