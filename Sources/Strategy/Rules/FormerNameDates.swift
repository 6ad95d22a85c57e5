/// `former-name-dates`: an initiative's former names are dated within its life, in order, and
/// differ from its current name.
struct FormerNameDates: Rule {
    static let name = "former-name-dates"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.perEntity(reads: [])
    static let summary = "Former names are dated within the initiative's period, in order, and differ from its name."
    static let explanation = """
        Renaming an initiative changes its "name" and appends the old name to "formerNames" with the last \
        day it was used (strategy/README.md, Rename); the seed lists such renames between the versions \
        (""Rusmiddelseminar" har ændret navn til "Forebyggelsesseminarer""). The last day of a former name lies within the \
        initiative's period, the names are listed oldest first, and none equals the current name.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        for initiative in model.checkedInitiatives {
            let entries = RuleSupport.value(at: initiative.origin)?["formerNames"]?.arrayValue ?? []
            var previous: Day?
            for (i, entry) in entries.enumerated() {
                let origin = initiative.origin.appending("formerNames", String(i))
                func add(_ message: String, _ at: Origin) {
                    out.append(Self.finding(message, at: at, hint: Self.hint, exceptions: initiative.exceptions))
                }
                if let name = entry["name"]?.stringValue, name == initiative.name {
                    add(Self.sameAsName(name), origin.appending("name"))
                }
                guard let until = entry["until"]?.stringValue.flatMap(Day.init) else { continue }
                if let period = initiative.period, until < period.from {
                    add(Self.beforeStart(until, period.from), origin.appending("until"))
                } else if let period = initiative.period, let end = period.to, until > end {
                    add(Self.afterEnd(until, end), origin.appending("until"))
                } else if let previous, until < previous {
                    add(Self.outOfOrder(until, previous), origin.appending("until"))
                }
                previous = max(previous ?? until, until)
            }
        }
        return out
    }

    fileprivate static func sameAsName(_ name: String) -> String {
        "the former name “\(name)” is the initiative's current name"
    }

    fileprivate static func beforeStart(_ until: Day, _ start: Day) -> String {
        "this name was last used on \(until), before the initiative began (\(start))"
    }

    fileprivate static func afterEnd(_ until: Day, _ end: Day) -> String {
        "this name was last used on \(until), after the initiative's last day (\(end))"
    }

    fileprivate static func outOfOrder(_ until: Day, _ previous: Day) -> String {
        "this name was last used on \(until), before the name listed above it (\(previous)); list former names oldest first"
    }

    fileprivate static let hint = "\"until\" is the last day the old name was used, within the initiative's period"
}
