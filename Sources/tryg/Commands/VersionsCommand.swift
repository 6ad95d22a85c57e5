import ArgumentParser
import Git
import JSON
import Messages
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
    @OptionGroup var language: LanguageOptions

    @Argument(help: ArgumentHelp("The revision whose history is read (default: HEAD).", valueName: "revision"))
    var revision: String = "HEAD"

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: Format = .text

    func run() throws {
        let repo = try repository.open()
        Session.language = language.choose(for: repo)
        let versions: [StrategyVersion]
        do {
            let start = try repo.resolveCommit(try SnapshotSelection.resolve(revision, in: repo))
            versions = try StrategyHistory.versions(in: repo, from: start)
        } catch let error as GitError {
            throw Failure(error)
        }
        switch format {
        case .text: Console.standardOutput.write(Self.text(versions, revision: revision, speaker: .terminal(Session.language)))
        case .json: Console.standardOutput.write(Self.json(versions, revision: revision))
        }
    }

    static func text(_ versions: [StrategyVersion], revision: String, speaker: Speaker) -> String {
        guard !versions.isEmpty else { return speaker.say("versions.none", ["revision": .text(revision)]) + "\n" }
        var out = ""
        for version in versions {
            let from = version.periodFrom.flatMap(Day.init)
            let to = version.periodTo.flatMap(Day.init)
            let period: Message =
                from.map { from in
                    to.map { Message("versions.period", ["from": .day(from), "to": .day($0)]) }
                        ?? Message("versions.period.open", ["from": .day(from)])
                } ?? Message("diff.no-period")
            out +=
                speaker.say(
                    "versions.heading",
                    ["number": .count(version.version), "name": .name(version.name ?? "–"), "period": .message(period)]) + "\n"
            out += "    " + speaker.say("versions.first", ["commit": line(version.first, speaker)]) + "\n"
            out +=
                "    " + speaker.say("versions.last", ["commit": line(version.last, speaker), "count": .count(version.commits)])
                + "\n"
            out += "    " + speaker.say("versions.adoption", ["adoption": adoption(version.adoption)]) + "\n"
        }
        return out
    }

    static func line(_ commit: CommitSummary, _ speaker: Speaker) -> Message.Argument {
        .message(
            Message(
                "versions.commit",
                ["id": .text(commit.id.short), "day": .day(commit.authorDay), "summary": .text(commit.summary)]))
    }

    static func adoption(_ adoption: Adoption?) -> Message.Argument {
        guard let adoption else { return .message(Message("versions.not-recorded")) }
        var parts: [Message.Argument] = []
        if let caseNumber = adoption.caseNumber { parts.append(.message(Message("versions.case", ["case": .text(caseNumber)]))) }
        if let item = adoption.agendaItem { parts.append(.message(Message("versions.agenda-item", ["item": .count(item)]))) }
        if let title = adoption.title { parts.append(.text("\"\(title)\"")) }
        let details: [Message.Argument] = [
            adoption.body.map { .text($0) },
            .some(
                adoption.date.flatMap(Day.init).map { .day($0) }
                    ?? .message(Message("versions.date-unknown"))),
        ].compactMap { $0 }
        return .message(
            Message(
                adoption.decision == nil ? "versions.adoption-text" : "versions.adoption-text.decision",
                ["parts": .list(parts, .comma), "decision": .text(adoption.decision ?? ""), "details": .list(details, .comma)]))
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
                (
                    "adoption",
                    version.adoption.map { a in
                        JSONReport.object([
                            ("case", optional(a.caseNumber)), ("agendaItem", a.agendaItem.map(JSONReport.number) ?? .null),
                            ("title", optional(a.title)), ("body", optional(a.body)), ("decision", optional(a.decision)),
                            ("date", optional(a.date)),
                        ])
                    } ?? .null
                ),
            ])
        }
        return JSONWriter().text(
            JSONReport.object([
                ("revision", JSONReport.string(revision)), ("versions", JSONValue(.array(list))),
            ]))
    }
}
