import Messages

/// `former-name-dates`: an initiative's former names are dated within its life, in order, and
/// differ from its current name.
struct FormerNameDates: EntityRule {
    static let name = "former-name-dates"
    static let defaultSeverity = Diagnostic.Severity.error
    static let checks: Set<ContentLayout.Kind> = [.initiative]
    static let reads: Set<ContentLayout.Kind> = []

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard case .initiative(let initiative) = entity else { return [] }
        var out: [RuleFinding] = []
        let entries = RuleSupport.value(at: initiative.origin)?["formerNames"]?.arrayValue ?? []
        var previous: Day?
        for (i, entry) in entries.enumerated() {
            let origin = initiative.origin.appending("formerNames", String(i))
            func add(_ message: Message, _ at: Origin) {
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
        return out
    }

    fileprivate static func sameAsName(_ name: String) -> Message {
        Message("rule.former-name-dates.same-as-name", ["name": .name(name)])
    }

    fileprivate static func beforeStart(_ until: Day, _ start: Day) -> Message {
        Message("rule.former-name-dates.before-start", ["until": .day(until), "start": .day(start)])
    }

    fileprivate static func afterEnd(_ until: Day, _ end: Day) -> Message {
        Message("rule.former-name-dates.after-end", ["until": .day(until), "end": .day(end)])
    }

    fileprivate static func outOfOrder(_ until: Day, _ previous: Day) -> Message {
        Message("rule.former-name-dates.out-of-order", ["until": .day(until), "previous": .day(previous)])
    }

    fileprivate static let hint = Message("rule.former-name-dates.hint")
}
