import ArgumentParser
import Git
import JSON
import Messages
import Strategy

/// `tryg rules`: lists the strategy's rules, or explains one.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the strategy's rules, or explain one.",
        discussion: """
            Without a name, lists every rule with its severity and what it asks of the content. Inside a \
            repository the severities are those set in its tryg.json ("rules"), marked "(tryg.json)"; \
            elsewhere the defaults. With a name, explains the rule and quotes the seed sentence it comes from.

            Examples:
              tryg rules
              tryg rules unit-coverage
              tryg rules --lang da partner-coverage
              tryg rules -C ../tryg-aalborg
            """
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var language: LanguageOptions

    @Argument(help: ArgumentHelp("The rule to explain.", valueName: "name"))
    var name: String?

    func run() throws {
        let repo = try? Repository.discover(from: repository.repositoryPath ?? ".")
        if repo == nil, repository.repositoryPath != nil { _ = try repository.open() }  // says why it cannot open
        Session.language = language.choose(for: repo)
        let speaker = Speaker.terminal(Session.language)
        let settings = try repo.map(Self.configuredSettings) ?? [:]
        guard let name else {
            Console.standardOutput.write(Self.list(settings, speaker))
            return
        }
        if RuleEngine.rule(named: name) == nil, let code = RuleEngine.engineCodes.first(where: { $0.code == name }) {
            Console.standardOutput.write("\(code.code) (\(code.defaultSeverity.rawValue))\n\n\(speaker.say(code.summary))\n")
            return
        }
        guard let rule = RuleEngine.rule(named: name) else {
            let suggestion =
                RuleEngine.closestRuleName(to: name).map {
                    Message.Argument.message(Message("common.did-you-mean", ["candidate": .text($0)]))
                } ?? .text("")
            throw Failure("cli.no-such-rule", ["name": .text(name), "suggestion": suggestion])
        }
        Console.standardOutput.write(Self.explain(rule, setting: settings[rule.name], speaker))
    }

    /// The rule settings of the repository's tryg.json (work tree, or HEAD when bare).
    ///
    /// - Throws: ``Failure`` when tryg.json exists but cannot be read or has errors.
    static func configuredSettings(_ repo: Repository) throws -> [String: RepositoryConfig.RuleSetting] {
        do {
            let snapshot = try repo.snapshot(repo.isBare ? .revision("HEAD") : .workTree)
            return try RepositoryConfig.load(from: snapshot)?.rules ?? [:]
        } catch let error as GitError {
            if repo.isBare, repo.isHeadUnborn { return [:] }
            throw Failure(error)
        } catch let error as StrategyError {
            throw Failure(error)
        }
    }

    /// One line per rule: name, severity, summary.
    static func list(_ settings: [String: RepositoryConfig.RuleSetting], _ speaker: Speaker) -> String {
        let rules = RuleEngine.allRules
        let width = rules.map { $0.name.count }.max() ?? 0
        let severityWidth = rules.map { severityText($0, settings[$0.name], speaker).count }.max() ?? 0
        var out = ""
        for rule in rules {
            let severity = severityText(rule, settings[rule.name], speaker)
            out += pad(rule.name, width) + "  " + pad(severity, severityWidth) + "  " + speaker.say(rule.summary) + "\n"
        }
        out += "\n" + speaker.say("rules.engine-checks") + "\n"
        for code in RuleEngine.engineCodes {
            out +=
                pad(code.code, width) + "  " + pad(code.defaultSeverity.rawValue, severityWidth) + "  "
                + speaker.say(code.summary) + "\n"
        }
        out += "\n" + speaker.say("rules.footer") + "\n"
        return out
    }

    /// The full explanation of one rule.
    static func explain(_ rule: any Rule.Type, setting: RepositoryConfig.RuleSetting?, _ speaker: Speaker) -> String {
        var out = "\(rule.name) (\(severityText(rule, setting, speaker)))\n\n\(speaker.say(rule.summary))\n\n"
        out += speaker.say(rule.explanation) + "\n\n"
        out += speaker.say(rule.excusable ? "rules.excusable" : "rules.not-excusable", ["rule": .text(rule.name)]) + "\n"
        return out
    }

    /// "error", or "off (tryg.json)" when the configuration changes it.
    static func severityText(_ rule: any Rule.Type, _ setting: RepositoryConfig.RuleSetting?, _ speaker: Speaker) -> String {
        guard let setting, setting.rawValue != rule.defaultSeverity.rawValue else { return rule.defaultSeverity.rawValue }
        return setting.rawValue + " " + speaker.say("rules.from-config")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
