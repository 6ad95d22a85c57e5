extension English {
    /// The rules' findings, hints and notes.
    static let rules: [String: String] = [
        "rule.coverage.no-initiative": "{owner} owns no initiative at all",
        "rule.coverage.gap": "{owner} owns no active initiative from {from} to {to}",
        "rule.coverage.gap.day": "{owner} owns no active initiative on {day}",
        "rule.coverage.gap.open": "{owner} owns no active initiative from {from} to the end",
        "rule.coverage.owned-ends": "“{initiative}” (owned) is active until {day}",
        "rule.coverage.owned-ends.open": "“{initiative}” (owned) is active until further notice",
        "rule.coverage.owned-starts": "“{initiative}” (owned) is active from {day}",
        "rule.coverage.owned-status": "“{initiative}” is owned, but its status is {status}",
        "rule.coverage.owned-no-status": "“{initiative}” is owned, but it has no status",
        "rule.coverage.hint":
            "add {owner} to the owners of an initiative that runs in these days, or record an exception with the reason",
        "rule.goal-coverage.message": "no active initiative works towards the goal “{goal}”",
        "rule.goal-coverage.message.numbered": "no active initiative works towards the goal {number} “{goal}”",
        "rule.goal-coverage.hint": #"add "{id}" to the goals of an active initiative, or record an exception with the reason"#,
        "rule.goal-coverage.not-active": "“{initiative}” names this goal, but its status is {status}",
        "rule.reference-resolves.unknown-goal": #"there is no goal "{id}"{suggestion}"#,
        "rule.reference-resolves.unknown-initiative": #"there is no initiative "{id}"{suggestion}"#,
        "rule.reference-resolves.unknown-partner": #"there is no partner "{id}"{suggestion}"#,
        "rule.reference-resolves.unknown-unit": #"there is no unit "{id}"{suggestion}"#,
        "rule.reference-resolves.goal.hint": "goals are named by the file name of strategy/goals/<id>.json",
        "rule.reference-resolves.initiative.hint": "initiatives are named by the file name of strategy/initiatives/<id>.json",
        "rule.reference-resolves.party.hint":
            #"write "<partner-id>" or "<partner-id>/<unit-id>", as in strategy/partners/<partner-id>.json and its units"#,
        "rule.assumption-field-resolves.missing": #"this assumption is about "{field}", but the file has no such field"#,
        "rule.assumption-field-resolves.not-a-pointer": #"this assumption's field "{field}" is not a JSON Pointer"#,
        "rule.assumption-field-resolves.hint":
            #"point at the field the assumption is about (e.g. "/owners/0"), or use kind "unknown" if the field is absent because nothing is known"#,
        "rule.id-matches-file.id": #"the id "{id}" differs from the file name "{file}.json""#,
        "rule.id-matches-file.id.hint":
            #"ids never change: set "id" to "{file}" (to rename the entity, change its "name" instead)"#,
        "rule.id-matches-file.id.rename-file.hint":
            #"the file name "{id}.json" is not a valid id (lower-case letters a–z, digits and single hyphens): rename the file after the entity's "id" instead"#,
        "rule.id-matches-file.report-file": #"this report is about "{initiative}", but its file is named "{file}.json""#,
        "rule.id-matches-file.report-year": #"this report is for {year}, but it is filed in the folder "{folder}""#,
        "rule.id-matches-file.report.hint": "file the report as strategy/reports/{year}/{initiative}.json",
        "rule.id-matches-file.report-year.hint":
            #"if the report is for {year}, move the file to strategy/reports/{year}/{initiative}.json; if it is for {folder}, set "year" to {folder}"#,
        "rule.unique-ids.unit": #"{partner} has two units with the id "{id}""#,
        "rule.unique-ids.goal-number": "goal number {number} is already used by “{goal}”",
        "rule.unique-ids.first-use": "the first one is here",
        "rule.unique-ids.unit.hint": #"give each unit its own id; references name units as "partner-id/unit-id""#,
        "rule.unique-ids.goal-number.hint": "number the goals 1, 2, 3, … without repeats",
        "rule.period-order.backwards": "the period ends on {to}, before it begins on {from}",
        "rule.period-order.left-before-joining": "the partner left on {left}, before it joined on {joined}",
        "rule.period-order.hint": #"dates are written YYYY-MM-DD; check that "from" and "to" are not swapped"#,
        "rule.period-within-strategy.starts-before": "the initiative begins on {day}, before the strategy's first day ({first})",
        "rule.period-within-strategy.starts-after":
            "the initiative begins on {day}, after the strategy's last day ({last}), but it is not planned",
        "rule.period-within-strategy.hint":
            #"check the dates; an initiative of an earlier version needs that version in strategy.json "previousVersions""#,
        "rule.period-within-strategy.report-outside": "this report is for {year}, outside the strategy's time ({span})",
        "rule.period-within-strategy.covers-other-year":
            "this report covers {covers}, which has no day in {year}, the year it is filed under",
        "rule.period-within-strategy.report.hint":
            "file the report under the year it covers: strategy/reports/<year>/<initiative>.json",
        "rule.former-name-dates.same-as-name": "the former name “{name}” is the initiative's current name",
        "rule.former-name-dates.before-start": "this name was last used on {until}, before the initiative began ({start})",
        "rule.former-name-dates.after-end": "this name was last used on {until}, after the initiative's last day ({end})",
        "rule.former-name-dates.out-of-order":
            "this name was last used on {until}, before the name listed above it ({previous}); list former names oldest first",
        "rule.former-name-dates.hint": #""until" is the last day the old name was used, within the initiative's period"#,
        "rule.status-matches-period.active-but-over":
            "the initiative is active, but its period ended on {end} (checked as of {asOf})",
        "rule.status-matches-period.planned-but-started":
            "the initiative is planned, but its first day ({start}) has passed (checked as of {asOf})",
        "rule.status-matches-period.active.hint": #"set "status" to "ended" with an "endedReason", or extend the period"#,
        "rule.status-matches-period.planned.hint": #"set "status" to "active", or move "period.from" to the new start"#,
        "rule.merged-into-active.into-ended": "this initiative is merged into “{target}”, which has ended",
        "rule.merged-into-active.into-merged": "this initiative is merged into “{target}”, which was itself merged",
        "rule.merged-into-active.into-merged.next":
            #"this initiative is merged into “{target}”, which was itself merged (into "{next}")"#,
        "rule.merged-into-active.circle": "these initiatives are merged into each other in a circle: {circle}",
        "rule.merged-into-active.target-note": "the initiative it is merged into",
        "rule.merged-into-active.member-note": "part of the circle",
        "rule.merged-into-active.hint": #"set "mergedInto" to the initiative that carries the work on today"#,
        "rule.merged-into-active.circle.hint":
            #"one of them must carry the work on: give it status "active" and remove its "mergedInto""#,
        "rule.absorbed-matches-merged-into.not-merged":
            "“{other}” is listed as absorbed, but it is not merged into this initiative",
        "rule.absorbed-matches-merged-into.merged-elsewhere": #"“{other}” is listed as absorbed, but it is merged into "{into}""#,
        "rule.absorbed-matches-merged-into.not-absorbed":
            #"this initiative is merged into “{target}”, which does not list it in "absorbed""#,
        "rule.absorbed-matches-merged-into.absorbed.hint":
            #"give the absorbed initiative "status": "merged" and "mergedInto": "{id}", or remove it from "absorbed""#,
        "rule.absorbed-matches-merged-into.merged.hint": #"add "{id}" to "absorbed" in strategy/initiatives/{target}.json"#,
        "rule.absorbed-matches-merged-into.other-note": "the other side of the merger",
        "rule.steering-group-covers-partners.message": "the Styregruppe has no member from {partner}",
        "rule.steering-group-covers-partners.hint": #"add the partner's member as a role: {"role": "…", "at": "{id}"}"#,
        "rule.steering-group-covers-partners.partner-note": "the partner",
        "rule.two-tovholdere.none": "the strategy has no tovholdere; it needs two",
        "rule.two-tovholdere.one": "the strategy has only one tovholder; it needs two",
        "rule.two-tovholdere.one-partner": "all the strategy's tovholdere are at {partner}; they should come from two partners",
        "rule.two-tovholdere.hint":
            #"list the two tovholdere as roles, e.g. {"role": "Netværkskoordinator", "at": "aalborg-kommune"} and {"role": "Forebyggelseskonsulent", "at": "nordjyllands-politi"}"#,
        "rule.initiative-has-owner.message": "the active initiative “{initiative}” has no owner",
        "rule.initiative-has-owner.hint":
            #"add the responsible partner or unit to "owners" (e.g. "aalborg-kommune/skoleforvaltningen") when it is known"#,
        "rule.yearly-report.message": "“{initiative}” has no yearly report for {years}",
        "rule.yearly-report.hint": "add strategy/reports/{year}/{id}.json (and one for each year listed) once the report is made",
    ]

    /// The rule engine's findings about exceptions and settings.
    static let engine: [String: String] = [
        "engine.excepted": "{finding} (excepted: {reason})",
        "engine.exception-written-here": "the exception is written here",
        "engine.unknown-rule.exception": #"this exception names the rule "{rule}", which tryg does not have{suggestion}"#,
        "engine.unknown-rule.config": #"tryg.json sets the rule "{rule}", which tryg does not have{suggestion}"#,
        "engine.list-rules.hint": "`tryg rules` lists every rule by name",
        "engine.exception-not-allowed":
            "the rule {rule} guards the content's integrity and cannot be excused; this exception is not applied",
        "engine.exception-not-allowed.hint":
            "remove the exception and fix what the rule reports; only rules about the strategy's substance (coverage, reports, owners, the organisation) can be excused",
        "engine.unused-exception": "this exception to {rule} excuses nothing: the rule finds no problem here",
        "engine.exception-without-reason": "this exception to {rule} gives no reason, so it excuses nothing",
        "engine.exception-without-reason.hint": "write why the rule cannot be met here, in at least 20 characters",
        "engine.unused-exception.hint": "remove the exception; if the problem comes back, the rule will say so",
        "engine.expired-exception": "this exception to {rule} expired on {until} and no longer excuses anything",
        "engine.expired-exception.hint": #"fix what the rule reports, or extend "until" with a reason that still holds"#,
        "code.unknown-rule.summary": "Every exception and every rule setting in tryg.json names a rule tryg knows.",
        "code.exception-not-allowed.summary":
            "Exceptions are written only for rules about the strategy's substance, never for its integrity.",
        "code.unused-exception.summary": "Every exception excuses a finding; one that excuses nothing is removed.",
        "code.expired-exception.summary": "An exception whose until has passed no longer excuses anything.",
    ]
}
