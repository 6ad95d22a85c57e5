extension English {
    /// The authoring commands (new, rename, end, merge, owners, fmt), their prompts, and the rules
    /// about owners and history.
    static let authoring: [String: String] = [
        "rule.owner-is-partner.summary":
            #"An owner is a partner of the strategy (joined and not left) on every day it owns an initiative."#,
        "rule.owner-is-partner.explanation": #"""
        The seed (case 2018-021871): "Fra 2018 indgår Nordjyllands Politi og Aalborg Kommune partnerskab med Region Nordjylland - Psykiatrien. Således vil tryghedsstrategien også indbefatte prioriterede tryghedsfremmende indsatser udarbejdet i fællesskab mellem Region Nordjylland - Psykiatrien, Nordjyllands Politi og Aalborg Kommune." A partner owns initiatives of the strategy while it takes part in it, from "joined" to "left" in its partner file; a unit counts as its partner.

        An owner owns an initiative for the initiative's whole period, or, written {"owner": "<partner-id>", "from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}, on its own days within it; the coverage rules count it only on those days. The rule reports the days an owner owns an initiative before its partner joined or after it left, and own dates that lie outside the initiative's period or run backwards. `tryg owners ID --add OWNER --on DATE` writes such an entry.
        """#,
        "rule.owner-is-partner.before-joining":
            "{owner} owns “{initiative}” from {from}, but joined the strategy only on {joined}",
        "rule.owner-is-partner.after-leaving": "{owner} owns “{initiative}” after leaving the strategy on {left}",
        "rule.owner-is-partner.joined-here": "the day the partner joined",
        "rule.owner-is-partner.left-here": "the day the partner left",
        "rule.owner-is-partner.hint":
            #"give the ownership its own dates: write the owner as {entry} (tryg owners {id} --add … --on DATE writes it)"#,
        "rule.owner-is-partner.never.hint":
            #"{owner} was a partner on none of these days, so dates of its own cannot fix it: remove the owner (tryg owners {id} --remove …) or correct the partner's "joined" and "left""#,
        "rule.owner-is-partner.backwards": "the ownership ends on {to}, before it begins on {from}",
        "rule.owner-is-partner.from-outside": "the ownership begins on {day}, outside the initiative's period ({period})",
        "rule.owner-is-partner.to-outside": "the ownership ends on {day}, outside the initiative's period ({period})",
        "rule.owner-is-partner.dates.hint":
            #"an owner's "from" and "to" lie within the initiative's period; leave them out when the owner owns it throughout"#,
        "authoring.kind.none.goal": "no goal",
        "authoring.kind.none.owner": "no owner",
        "authoring.kind.none.initiative": "no initiative",
        "authoring.kind.none.partner": "no partner",
        "authoring.kind.one.goal": "one goal",
        "authoring.kind.one.owner": "one owner",
        "authoring.kind.one.initiative": "one initiative",
        "authoring.kind.one.partner": "one partner",
        "authoring.lookup.unknown": #"there is {kind} "{text}"{suggestion}{valid}"#,
        "authoring.suggestion": "{suggestion}{valid}",
        "authoring.lookup.valid": "; the valid ones are: {ids}",
        "authoring.lookup.ambiguous": #""{text}" could mean more than {kind}: {candidates}; give the id"#,
        "authoring.source.none": "Added with tryg new; no source recorded yet.",
        "authoring.source.page": "Added with tryg new from the page at the address given.",
        "authoring.bare": "the repository at {path} is bare: there is no work tree to edit; run this in a clone",
        "authoring.unreadable": "cannot read {path}: fix the file's syntax first (tryg validate shows where)",
        "authoring.exists": "{path} already exists",
        "authoring.write-failed": "could not write {path}: {reason}; nothing was changed",
        "authoring.commit-failed": "the files were written, but the commit failed: {detail}",
        "authoring.commit.detached":
            "HEAD is detached (no branch is checked out): tryg does not commit there; check out a branch or leave out --commit. Nothing was written",
        "authoring.date.invalid": #"{option} "{value}" is not a date: write it YYYY-MM-DD, e.g. 2021-03-01"#,
        "authoring.name.empty": "the name is empty",
        "authoring.id.no-letters": #"the name "{name}" has no letter or digit to form an id from; give one with --id"#,
        "authoring.id.invalid": #""{id}" is not a valid id: lower-case letters a–z, digits and single hyphens"#,
        "authoring.id.exists":
            #"the id "{id}" is taken: there is already a file with it; choose another name, or give a free id such as --id {suggestion}"#,
        "authoring.id.taken":
            #"the id "{id}" is taken ({owner} has or had it; ids are never reused): choose another name, or give a free id such as --id {suggestion}"#,
        "authoring.already-over": #"“{name}” has already ended (status "{status}")"#,
        "authoring.rename.same-name": "the initiative is already called “{name}”",
        "authoring.rename.name-taken": "another initiative ({id}) is already called “{name}”",
        "authoring.rename.not-after-start":
            "--on {day} is not after the initiative's first day ({start}): the new name needs a first day of its own",
        "authoring.rename.before-earlier": "--on {day} is not after the last day of an earlier name ({until})",
        "authoring.rename.done": "renamed: “{old}” → “{new}” from {day} (“{old}” recorded as a former name until {until})",
        "authoring.rename.commit": "Rename {id} to “{name}”",
        "authoring.end.no-reason": "give the reason with --reason",
        "authoring.end.before-start": "{day} is before the initiative's first day ({start})",
        "authoring.end.done": "ended: “{name}”, last day {day}",
        "authoring.end.commit": "End {id} on {day}",
        "authoring.merge.into-itself": "an initiative cannot be merged into itself ({id})",
        "authoring.merge.target-over": "{target} is not ongoing after that day: merge into an initiative that continues",
        "authoring.merge.done": "merged: “{name}” into “{target}”, last day {day}",
        "authoring.merge.commit": "Merge {id} into {target}",
        "authoring.owners.outside-period": "{day} is outside the initiative's period ({period})",
        "authoring.owners.already": "{owner} already owns “{name}”",
        "authoring.owners.not-owner": "{owner} is not an owner of “{name}”",
        "authoring.owners.before-from": "{day} is before the day the ownership began ({from})",
        "authoring.owners.nothing": "give --add or --remove",
        "authoring.owners.added": "owner added: {owner}",
        "authoring.owners.added-on": "owner added: {owner} from {day}",
        "authoring.owners.removed": "owner removed: {owner}",
        "authoring.owners.removed-on": "owner until {day}: {owner}",
        "authoring.owners.commit": "Change the owners of {id}",
        "authoring.new.initiative.done": "added: “{name}” ({id}), from {day}",
        "authoring.new.initiative.commit": "Add the initiative “{name}”",
        "authoring.report.year": #""{year}" is not a year of the strategy (2000–2999)"#,
        "authoring.new.report.done": "added: the {year} report of “{name}”",
        "authoring.new.report.commit": "Add the {year} report of {id}",
        "authoring.new.goal.done": "added: goal {number} “{name}” ({id})",
        "authoring.new.goal.commit": "Add the goal “{name}”",
        "authoring.unit.taken": #"{partner} already has a unit "{id}""#,
        "authoring.new.unit.done": "added: {name} ({ref})",
        "authoring.new.unit.commit": "Add {name} to {partner}",
        "authoring.nothing-changed": "nothing to change: the files already say this",
        "authoring.refused":
            "nothing was written: the change would bring {count} {count:error|errors} that the work tree does not have (--force writes anyway)",
        "authoring.forced": "written with --force despite {count} new {count:error|errors}",
        "authoring.changed-files": "{count:changed file|changed files}:",
        "authoring.commit-suggestion": "suggested commit message:",
        "authoring.commit-how": "commit with: {command} (or run the command again with --commit)",
        "authoring.committed": "committed {commit} on {branch}: {message}",
        "authoring.missing-options": "missing {options}: tryg asks for them only on a terminal",
        "authoring.prompt.no-answer": "no answer (end of input): nothing was written",
        "authoring.prompt.choose": "Choose (number, id or name; several separated by commas):",
        "authoring.prompt.goals": "Which goals does the initiative serve?",
        "authoring.prompt.owners": "Who owns the initiative (partners or departments)?",
        "authoring.prompt.from": "First day (YYYY-MM-DD):",
        "authoring.prompt.rename-on": "First day under the new name (YYYY-MM-DD):",
        "authoring.prompt.end-on": "Last day (YYYY-MM-DD):",
        "authoring.prompt.merge-on": "Last day before the merger (YYYY-MM-DD):",
        "authoring.prompt.reason": "Why does it end?",
        "authoring.prompt.into": "Which initiative takes it over?",
        "authoring.prompt.goal-text": "The goal's text in Danish:",
        "authoring.prompt.goal-text-en": "The goal's text in English:",
        "authoring.fmt.rewrote": "formatted",
        "authoring.fmt.summary": "{count} of {checked} {checked:file|files} formatted",
        "authoring.fmt.check-summary": "{count} of {checked} {checked:file is|files are} not in the canonical style",
        "authoring.fmt.no-such-path": "{path} names no file of the work tree",
        "authoring.fmt.syntax.hint": "tryg fmt formats well-formed JSON only: fix this first",
        "rule.former-name-recorded.message":
            "the name “{old}” was changed to “{new}” without recording the old name in formerNames",
        "rule.former-name-recorded.hint":
            #"add {entry} to "formerNames" (the last day under the old name in "until"), or undo the change and run: tryg rename {id} "{new}" --on <first day under the new name>"#,
        "rule.former-name-recorded.group.hint":
            #"add {entry} to the group's "formerNames" (the last day under the old name in "until")"#,
        "rule.entity-not-deleted.message": "{path} was deleted: content is never deleted – an initiative is ended or merged",
        "rule.entity-not-deleted.hint":
            #"restore the file and end it (tryg end {id} --on DATE --reason "…") or merge it (tryg merge {id} --into … --on DATE); if it must go, record an exception in strategy/strategy.json: {"rule": "entity-not-deleted", "file": "{path}", "reason": "…"}"#,
        "rule.entity-not-deleted.other.hint":
            #"restore the file: the content keeps what it once held; if it must go (added by mistake), record an exception in strategy/strategy.json: {"rule": "entity-not-deleted", "file": "{path}", "reason": "…"}"#,
        "rule.entity-not-deleted.moved": "{path} was moved to {to}: that changes the id, and ids never change",
        "rule.entity-not-deleted.moved.hint":
            #"keep the file name ({id}) and change "name" instead (tryg rename {id} "…" --on DATE)"#,
        "rule.id-not-reused.message":
            #"the id "{id}" was used by an entity earlier in the history: an id is never given to another entity"#,
        "rule.id-not-reused.mentioned":
            #"the id "{id}" belongs to an initiative the strategy already mentions (merged, absorbed, replaced or a former name): it is never given to another one"#,
        "rule.id-not-reused.hint":
            #"choose another id: tryg new initiative "…" forms one and refuses ids that were used; if this is the same entity back again, restore its old file from the history instead"#,
        "rule.former-name-recorded.summary":
            "A changed name records the old one in formerNames (compares a change with its base).",
        "rule.former-name-recorded.explanation": #"""
        The seed (case 2018-021871) names initiatives by their old and new names: ""Rusmiddelseminar" har ændret navn til "Forebyggelsesseminarer" og "Drop-out-elever – en styrket indsats" ændrer navn til "Bekymrende fravær i skolen"". A rename changes "name" and keeps the old name, with its last day, in "formerNames" – the history, the diff and the website follow it. This rule compares a change with its base (validate --range: each commit with its first parent; the pre-commit hook: the index with HEAD; pre-receive: each commit with the reference's old value; tryg diff) and reports a "name" that changed without the old one in "formerNames". `tryg rename ID "New name" --on DATE` makes the change correctly.
        """#,
        "rule.entity-not-deleted.summary":
            "An entity's file never disappears: initiatives are ended or merged (compares a change with its base).",
        "rule.entity-not-deleted.explanation": #"""
        The seed (case 2018-021871) records what happens to initiatives rather than removing them: ""Brobygningsforløb", "Skalborg Borgerhjælp" udgå, idet de ikke findes længere. "Dit Kvarter" er overgået til indsatsen Aalborg "FRI-TID"". An initiative that ends keeps its file with status "ended" (or "merged"), so that its history, its reports and the diff keep it. This rule reports an entity file that a change deletes (or moves to another name, which changes its id). When a file truly must go (added by mistake), an exception in strategy/strategy.json names it: {"rule": "entity-not-deleted", "file": "strategy/initiatives/<id>.json", "reason": "…"}.
        """#,
        "rule.id-not-reused.summary":
            "An id that named an entity is never given to another one (compares a change with its history).",
        "rule.id-not-reused.explanation": #"""
        The seed (case 2018-021871): "I den nye version af Strategien Tryg Aalborg vil der være tryghedsfremmende indsatser, der ikke længere indgår i strategiarbejdet, andre vil blive justeret, og der vil komme nye til." Initiatives leave, change and arrive; each keeps its own id. Ids are permanent: the file name is the id, references, reports and the history follow it. An id that was once used – by a file deleted since, or by an initiative the content mentions as merged, absorbed, replaced or under a former name – is not given to a new entity, or the history would mix two entities under one id. The rule reports an entity file a change adds under such an id. `tryg new` refuses used ids and suggests a free one.
        """#,
    ]
}
