extension English {
    /// Each rule's summary and explanation (`tryg rules NAME`).
    static let ruleTexts: [String: String] = [
        "rule.partner-coverage.summary":
            #"Every partner owns at least one ongoing initiative on every day of the strategy period."#,
        "rule.partner-coverage.explanation": #"""
        The seed (case 2018-021871, Organisering) asks that "Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden": every involved department, Nordjyllands Politi and Region Nordjylland must have at least one ongoing initiative throughout the period.

        For every partner, the days it must be covered are the strategy period (strategy.json "period") clipped to its membership ("joined" to "left"). An initiative counts on the days of its period while its status is active (an open end runs to the end of the strategy period); ended and merged initiatives count up to their last day. An owner "partner/unit" counts for its partner too. Both ends of a period are included, so an initiative ending on 2019-06-30 and another starting on 2019-07-01 leave no gap. Each gap is reported with its first and last day.
        """#,
        "rule.unit-coverage.summary":
            #"Every involved unit owns at least one ongoing initiative on every day of the strategy period."#,
        "rule.unit-coverage.explanation": #"""
        The seed (case 2018-021871, Organisering) asks that "Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden": every involved department must have at least one ongoing initiative throughout the period.

        For every unit with "involved": true, the days it must be covered are the strategy period clipped to its partner's membership. Only initiatives that name the unit itself among their owners ("aalborg-kommune/skoleforvaltningen") count; their days are counted as for partner-coverage (active: the whole period, an open end to the end of the strategy; ended or merged: up to the last day; both ends included). A unit that is not involved ("involved": false) is not checked.
        """#,
        "rule.goal-coverage.summary": #"Every goal has at least one active initiative."#,
        "rule.goal-coverage.explanation": #"""
        The strategy's goals (mål) are pursued through its prioritised initiatives. The seed (case 2018-021871, Mål): "For hvert mål er der prioriterede tryghedsskabende handlingsorienterede indsatser" – for every goal there are prioritised, action-oriented initiatives. A goal that no active initiative names in its "goals" is a goal nobody works on.

        An initiative counts when its status is "active". Initiatives whose goal is not known (an empty "goals" list) are allowed and simply count for no goal.
        """#,
        "rule.reference-resolves.summary": #"Every reference names a goal, partner, unit or initiative that exists."#,
        "rule.reference-resolves.explanation": #"""
        The strategy ties its parts together by id: initiatives name their goals ("For hvert mål er der prioriterede tryghedsskabende handlingsorienterede indsatser", case 2018-021871), their owners and participants as "partner" or "partner/unit", what they were merged into, absorbed or replaced; the organisation names the partners and units its members belong to; a yearly report names its initiative. A reference that names nothing is a typo or a removed entity, and every rule that counts would silently count wrong.

        Goals and initiatives are referred to by id (their file name); partners by id and units as "partner-id/unit-id". The message suggests the closest existing id.
        """#,
        "rule.assumption-field-resolves.summary":
            #"Every assumption names, as a JSON Pointer, a field its file has (unless the field is unknown)."#,
        "rule.assumption-field-resolves.explanation": #"""
        Everything the sources do not establish is marked in the file's "assumptions", field by field, as "inferred", "chosen" or "unknown" (strategy/README.md, Sources and assumptions). The mark must sit on a field that is there: a pointer like "/owners/0" that no longer resolves after an edit leaves a value looking sourced when it is not.

        "field" is a JSON Pointer into the same file ("/period/from", "/owners/0"). For kind "unknown" the field may be absent, since the sources are silent and the value is left out.
        """#,
        "rule.id-matches-file.summary": #"Every id equals its file name; a report is filed as reports/<year>/<initiative>.json."#,
        "rule.id-matches-file.explanation": #"""
        One entity per file, and the file name is the entity's id; an id never changes (strategy/README.md: "The file name is the id, and an id never changes"). References, the diff and the history follow ids, so an "id" field that disagrees with the file name makes the same entity look like two.

        Partners, goals and initiatives write their id in "id", which must equal the file name without ".json". A yearly report has no id of its own: its file name must be the id of the initiative it reports on, and its folder the year it is filed under.
        """#,
        "rule.unique-ids.summary": #"The units of a partner have different ids; the goals have different numbers."#,
        "rule.unique-ids.explanation": #"""
        References name a unit as "partner-id/unit-id" (strategy/README.md, References), so two units of one partner with the same id make every reference to either ambiguous, and the coverage rules ("Alle involverede forvaltninger … skal have mindst en igangværende indsats i hele perioden") could not tell which department owns what. The goals are numbered (the seed lists five, "Målene i Tryk Aalborg Version 2 er: …"): two goals with the same number are a mistake.
        """#,
        "rule.period-order.summary": #"Every period ends on or after the day it begins."#,
        "rule.period-order.explanation": #"""
        Periods are whole days with both ends included; a period without "to" is ongoing (strategy/README.md, Periods). A period whose "to" comes before its "from" has no days at all, so the coverage requirement ("skal have mindst en igangværende indsats i hele perioden") and every other date rule would read it wrongly. The same holds for a partner that left before it joined.
        """#,
        "rule.period-within-strategy.summary":
            #"Initiatives and reports fall within the strategy's time (its versions' periods)."#,
        "rule.period-within-strategy.explanation": #"""
        An initiative is part of the strategy, so its period lies within the strategy's time: from the first day of its earliest version (strategy.json "previousVersions") to the last day of the current "period". An initiative's period runs across versions: it begins in the version that added it (strategy/README.md, Periods), so one carried over from Version 1 may begin before the current period, and one that ended in Version 1 may lie wholly before it. The seed (case 2018-021871): "I den nye version … vil der være tryghedsfremmende indsatser, der ikke længere indgår i strategiarbejdet, andre vil blive justeret, og der vil komme nye til." Planned initiatives may begin after the strategy's current period.

        A yearly report is filed under a year in the strategy's time, and its "covers" period overlaps that year.
        """#,
        "rule.former-name-dates.summary":
            #"Former names are dated within the initiative's period, in order, and differ from its name."#,
        "rule.former-name-dates.explanation": #"""
        Renaming an initiative changes its "name" and appends the old name to "formerNames" with the last day it was used (strategy/README.md, Rename); the seed lists such renames between the versions (""Rusmiddelseminar" har ændret navn til "Forebyggelsesseminarer""). The last day of a former name lies within the initiative's period, the names are listed oldest first, and none equals the current name.
        """#,
        "rule.status-matches-period.summary":
            #"An active initiative's period has not ended; a planned one's start has not passed."#,
        "rule.status-matches-period.explanation": #"""
        An initiative counts as ongoing ("igangværende", as in "skal have mindst en igangværende indsats i hele perioden") while its status is active. An active initiative whose period ended before the check day (--as-of) should have been ended ("status": "ended" with "endedReason") or merged; a planned one whose first day has passed should have become active, or its date moved.
        """#,
        "rule.merged-into-active.summary":
            #"A merged initiative names, in mergedInto, an initiative that carries on; no circles."#,
        "rule.merged-into-active.explanation": #"""
        When initiatives are merged, the one that takes over carries the work on: the seed: ""Dit Kvarter" er overgået til indsatsen Aalborg "FRI-TID"". A merged initiative therefore names in "mergedInto" an initiative that is active or planned, not one that has itself ended or been merged (then name the one that took over in the end). Initiatives merged into each other in a circle are reported once, naming the whole circle. Unknown ids are left to reference-resolves.
        """#,
        "rule.absorbed-matches-merged-into.summary": #"An initiative lists in absorbed exactly the initiatives merged into it."#,
        "rule.absorbed-matches-merged-into.explanation": #"""
        A merger is written on both sides (strategy/README.md, Merge): the merged initiative gets "status": "merged", its last day and "mergedInto", and the initiative that takes it over adds the old id to its "absorbed". The seed's example: ""Dit Kvarter" er overgået til indsatsen Aalborg "FRI-TID"". Both sides must agree, so the history reads the same from either file.
        """#,
        "rule.steering-group-covers-partners.summary": #"The Styregruppe has a member from every partner of the strategy."#,
        "rule.steering-group-covers-partners.explanation": #"""
        The seed (case 2018-021871, Styregruppen): "Socialchef ved Aalborg Kommune, Vicepolitiinspektør/Leder af Patruljecenter Aalborg ved Nordjyllands Politi og Ledende Socialrådgiver ved Aalborg Universitetshospital – Psykiatrien. Styregruppen har det overordnede ansvar for strategien." – one leader from each partner. Every partner that takes part in the strategy period (from "joined", until "left") has a member there; a member tied to one of the partner's units counts for the partner.
        """#,
        "rule.two-tovholdere.summary": #"The strategy has at least two tovholdere, from at least two partners."#,
        "rule.two-tovholdere.explanation": #"""
        The seed (case 2018-021871): "Tovholderne for den samlede strategi består af Netværkskoordinator ved Aalborg Kommune og Forebyggelseskonsulent ved Nordjyllands Politi." They facilitate the Styregruppe and the Koordinationsgruppe and handle the strategy's communication, as a shared task between the partners. The rule asks for at least two tovholdere (organisation.json "tovholdere.members"), and for them to belong to at least two different partners, as the seed's do.
        """#,
        "rule.initiative-has-owner.summary":
            #"Every active initiative names at least one owner (a partner or unit responsible for it)."#,
        "rule.initiative-has-owner.explanation": #"""
        Every initiative has someone responsible for it. The seed (case 2018-021871): "Tovholderne for de enkelte indsatser er ansvarlige for "egne" prioriterede indsatser, og er ansvarlige for formidling omkring "egne" indsatser." Ownership is what the coverage requirement counts ("Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden"). An active initiative with an empty "owners" list counts for nobody.

        The default severity is warning, not error: when the sources do not say who owns an initiative, the content leaves "owners" empty and marks it as unknown in "assumptions" rather than inventing an owner, and that is honest content, not a broken file.
        """#,
        "rule.yearly-report.summary":
            #"Every ongoing initiative has its yearly report for each closed year of the strategy period."#,
        "rule.yearly-report.explanation": #"""
        The strategy is reported on once a year. The seed (case 2018-021871, Status/Afrapportering): "Afrapportering sker én gang årligt på et fælles møde efter Tryghedsindekset er udkommet"; the case lists the 4th yearly report's forms (afrapporteringsskemaer), one per initiative. A report is filed as strategy/reports/<year>/<initiative-id>.json.

        A year is closed when the check day (--as-of, default today) is after 31 December of that year. For every initiative, each closed year of the strategy's current period on which the initiative was ongoing (active; ended or merged up to its last day) needs a report; the missing years are listed together. The default severity is warning: a report missing from the repository may exist on paper and not be recorded yet. An exception to this rule on strategy.json excuses every initiative, for reports a whole version lacks in the sources.
        """#,
    ]
}
