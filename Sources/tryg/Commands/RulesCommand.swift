import ArgumentParser
import Git
import JSON
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
              tryg rules -C ../tryg-aalborg
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @Argument(help: ArgumentHelp("The rule to explain.", valueName: "name"))
    var name: String?

    func run() throws {
        let settings = configuredSettings()
        guard let name else {
            Console.standardOutput.write(Self.list(settings))
            return
        }
        if RuleEngine.rule(named: name) == nil, let code = RuleEngine.engineCodes.first(where: { $0.code == name }) {
            Console.standardOutput.write("\(code.code) (\(code.defaultSeverity.rawValue))\n\n\(code.summary)\n")
            return
        }
        guard let rule = RuleEngine.rule(named: name) else {
            let suggestion = RuleEngine.closestRuleName(to: name).map { " (did you mean \"\($0)\"?)" } ?? ""
            throw Failure("there is no rule named \"\(name)\"\(suggestion); `tryg rules` lists them")
        }
        Console.standardOutput.write(Self.explain(rule, setting: settings[rule.name]))
    }

    /// The rule settings of the repository's tryg.json (work tree, or HEAD when bare), or none when
    /// there is no repository or no readable configuration.
    func configuredSettings() -> [String: RepositoryConfig.RuleSetting] {
        let path = repository.repositoryPath ?? "."
        guard let repo = try? Repository.discover(from: path),
            let snapshot = try? repo.snapshot(repo.isBare ? .revision("HEAD") : .workTree),
            let file = try? snapshot.file(at: RepositoryConfig.path),
            let bytes = try? snapshot.read(file),
            let document = try? JSONParser().parse(bytes)
        else { return [:] }
        return RepositoryConfig.read(document).0.rules
    }

    /// One line per rule: name, severity, summary.
    static func list(_ settings: [String: RepositoryConfig.RuleSetting]) -> String {
        let rules = RuleEngine.allRules
        let width = rules.map { $0.name.count }.max() ?? 0
        let severityWidth = rules.map { severityText($0, settings[$0.name]).count }.max() ?? 0
        var out = ""
        for rule in rules {
            let severity = severityText(rule, settings[rule.name])
            out += pad(rule.name, width) + "  " + pad(severity, severityWidth) + "  " + rule.summary + "\n"
        }
        out += "\nChecks of the exceptions and of tryg.json's rule settings:\n"
        for code in RuleEngine.engineCodes {
            out += pad(code.code, width) + "  " + pad(code.defaultSeverity.rawValue, severityWidth) + "  " + code.summary + "\n"
        }
        out += "\n`tryg rules NAME` explains a rule. Set a rule's severity, or turn it off, in tryg.json: "
        out += "\"rules\": {\"NAME\": \"error\" | \"warning\" | \"note\" | \"off\"}.\n"
        return out
    }

    /// The full explanation of one rule.
    static func explain(_ rule: any Rule.Type, setting: RepositoryConfig.RuleSetting?) -> String {
        var out = "\(rule.name) (\(severityText(rule, setting)))\n\n\(rule.summary)\n\n\(rule.explanation)\n"
        out += "\nAn entity that cannot meet the rule can carry a reasoned exception: "
        out += "\"exceptions\": [{\"rule\": \"\(rule.name)\", \"reason\": \"…\", \"until\": \"YYYY-MM-DD\"}].\n"
        return out
    }

    /// "error", or "off (tryg.json)" when the configuration changes it.
    static func severityText(_ rule: any Rule.Type, _ setting: RepositoryConfig.RuleSetting?) -> String {
        guard let setting, setting.rawValue != rule.defaultSeverity.rawValue else { return rule.defaultSeverity.rawValue }
        return "\(setting.rawValue) (tryg.json)"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
