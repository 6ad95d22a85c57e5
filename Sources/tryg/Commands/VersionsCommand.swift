import ArgumentParser
import Git
import JSON
import Strategy

/// `tryg versions`: the strategy versions found in history.
struct VersionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List the strategy versions on the first-parent history of a revision.",
        discussion: """
            For each version number found in strategy/strategy.json: the commit where it first appears, \
            the last commit of it (the commit v1, v2, … name), their dates, the period and the adoption \
            (case, agenda item, decision) as the content records it.

            Examples:
              tryg versions
              tryg versions main --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var repository: RepositoryOptions

    @Argument(help: ArgumentHelp("The revision whose history is read (default: HEAD).", valueName: "revision"))
    var revision: String = "HEAD"

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: Format = .text

    func run() throws {
        let repo = try repository.open()
        let versions: [StrategyVersion]
        do {
            let start = try repo.resolveCommit(try SnapshotSelection.resolve(revision, in: repo))
            versions = try StrategyHistory.versions(in: repo, from: start)
        } catch let error as GitError {
            throw Failure(error)
        }
        switch format {
        case .text: Console.standardOutput.write(Self.text(versions, revision: revision))
        case .json: Console.standardOutput.write(Self.json(versions, revision: revision))
        }
    }

    static func text(_ versions: [StrategyVersion], revision: String) -> String {
        guard !versions.isEmpty else { return "no strategy versions on the first-parent history of \(revision)\n" }
        var out = ""
        for version in versions {
            let period = version.periodFrom.map { "\($0) – \(version.periodTo ?? "(ongoing)")" } ?? "no period"
            out += "v\(version.version)  \(version.name ?? "(no name)"), \(period)\n"
            out += "    first: \(line(version.first))\n"
            out += "    last:  \(line(version.last))  (\(DiffWording.plural(version.commits, "commit")))\n"
            out += "    adoption: \(adoption(version.adoption))\n"
        }
        return out
    }

    static func line(_ commit: CommitSummary) -> String {
        "\(commit.id.short) \(commit.authorDay) \(commit.summary)"
    }

    static func adoption(_ adoption: Adoption?) -> String {
        guard let adoption else { return "not recorded" }
        var parts: [String] = []
        if let caseNumber = adoption.caseNumber { parts.append("case \(caseNumber)") }
        if let item = adoption.agendaItem { parts.append("agenda item \(item)") }
        if let title = adoption.title { parts.append("\"\(title)\"") }
        var text = parts.joined(separator: ", ")
        if let decision = adoption.decision { text += (text.isEmpty ? "" : ": ") + decision }
        let details = [adoption.body, adoption.date ?? "date unknown"].compactMap { $0 }
        return text + " (" + details.joined(separator: ", ") + ")"
    }

    /// `{"revision": "HEAD", "versions": [{"version": 1, "name", "period": {"from","to"},
    /// "first": {commit}, "last": {commit}, "commits": 3, "adoption": {…} | null}]}`; a commit is
    /// `{"commit": hex, "date": "YYYY-MM-DD", "author": name, "summary": line}`.
    static func json(_ versions: [StrategyVersion], revision: String) -> String {
        func optional(_ text: String?) -> JSONValue { text.map(JSONReport.string) ?? .null }
        func commit(_ commit: CommitSummary) -> JSONValue {
            JSONReport.object([
                ("commit", JSONReport.string(commit.id.hex)), ("date", JSONReport.string(commit.authorDay.description)),
                ("author", JSONReport.string(commit.author.name)), ("summary", JSONReport.string(commit.summary)),
            ])
        }
        let list = versions.map { version in
            JSONReport.object([
                ("version", JSONReport.number(version.version)),
                ("name", optional(version.name)),
                ("period", JSONReport.object([("from", optional(version.periodFrom)), ("to", optional(version.periodTo))])),
                ("first", commit(version.first)),
                ("last", commit(version.last)),
                ("commits", JSONReport.number(version.commits)),
                ("adoption", version.adoption.map { a in
                    JSONReport.object([
                        ("case", optional(a.caseNumber)), ("agendaItem", a.agendaItem.map(JSONReport.number) ?? .null),
                        ("title", optional(a.title)), ("body", optional(a.body)), ("decision", optional(a.decision)),
                        ("date", optional(a.date)),
                    ])
                } ?? .null),
            ])
        }
        return JSONWriter().text(JSONReport.object([
            ("revision", JSONReport.string(revision)), ("versions", JSONValue(.array(list))),
        ]))
    }
}
