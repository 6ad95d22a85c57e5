extension English {
    /// The authoring commands (new, rename, end, merge, owners, fmt), their prompts, and the rules
    /// about owners and history.
    static let authoring: [String: String] = [
        "rule.owner-is-partner.summary": #"An owner is a partner of the strategy (joined and not left) on every day it owns an initiative."#,
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
        "rule.owner-is-partner.backwards": "the ownership ends on {to}, before it begins on {from}",
        "rule.owner-is-partner.from-outside": "the ownership begins on {day}, outside the initiative's period ({period})",
        "rule.owner-is-partner.to-outside": "the ownership ends on {day}, outside the initiative's period ({period})",
        "rule.owner-is-partner.dates.hint":
            #"an owner's "from" and "to" lie within the initiative's period; leave them out when the owner owns it throughout"#,
    ]
}
