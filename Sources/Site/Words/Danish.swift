import Git
import Strategy

/// The website's Danish words for the strategy's values: dates as Danes read them, statuses, kinds
/// of sources and assumptions, and counts with their plural forms.
///
/// Every word the pages show about the content comes from here or from ``DanishDiff`` (the
/// templates hold only the fixed headings and labels), so that the wording can move into tryg's
/// message catalogue in one piece.
enum Danish {
    static let months = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ]

    /// "1. januar 2018".
    static func date(_ day: Day) -> String {
        let (y, m, d) = day.parts
        return "\(d). \(months[max(0, min(11, m - 1))]) \(y)"
    }

    /// "1. januar 2018 – 31. december 2021", "fra 1. januar 2018" for an open end.
    static func period(_ period: Period) -> String {
        guard let to = period.to else { return "fra \(date(period.from))" }
        return "\(date(period.from)) – \(date(to))"
    }

    /// "1.9.2014" (for tables).
    static func shortDate(_ day: Day) -> String {
        let (y, m, d) = day.parts
        return "\(d).\(m).\(y)"
    }

    /// "1.9.2014–31.12.2017", "fra 1.9.2014" (for tables).
    static func shortPeriod(_ period: Period) -> String {
        guard let to = period.to else { return "fra \(shortDate(period.from))" }
        return "\(shortDate(period.from))–\(shortDate(to))"
    }

    /// "2018–2021" (years only), "fra 2018".
    static func years(_ period: Period) -> String {
        guard let to = period.to else { return "fra \(period.from.year)" }
        return period.from.year == to.year ? "\(to.year)" : "\(period.from.year)–\(to.year)"
    }

    /// The status as the strategy says it.
    static func status(_ status: Initiative.Status?) -> String {
        switch status {
        case .planned: return "planlagt"
        case .active: return "igangværende"
        case .ended: return "afsluttet"
        case .merged: return "sammenlagt"
        case nil: return "ukendt status"
        }
    }

    /// A status value as written in a file (`"ended"`), in Danish.
    static func status(raw: String?) -> String {
        guard let raw else { return "ingen" }
        return Initiative.Status(rawValue: raw).map { status($0) } ?? raw
    }

    /// The label of an assumption's kind, said next to the fact it marks.
    static func assumption(_ kind: Assumption.Kind?) -> String {
        switch kind {
        case .inferred: return "udledt"
        case .chosen: return "valgt"
        case .unknown: return "ukendt"
        case nil: return "antaget"
        }
    }

    /// What an assumption's kind means, for the "Om oplysningerne" block.
    static func assumptionMeaning(_ kind: Assumption.Kind?) -> String {
        switch kind {
        case .inferred: return "Udledt af kilderne, ikke bekræftet"
        case .chosen: return "Et redaktionelt valg, hvor kilden er upræcis"
        case .unknown: return "Kilderne siger intet; oplysningen mangler eller er mindre præcis"
        case nil: return "Antaget"
        }
    }

    /// The kind of a source.
    static func source(_ kind: String) -> String {
        switch kind {
        case "seed": return "Byrådssagen 2018-021871 (punkt 16) og dens bilag"
        case "public-page": return "Offentlig side på tryg.aalborg.dk eller aalborg.dk"
        case "assumption": return "Redaktionelt valg uden kilde"
        default: return "Anden kilde (\(kind))"
        }
    }

    /// The Danish name of a field of a content file, from its JSON Pointer (`/owners/0` → "Ejere, nr. 1").
    static func field(_ pointer: String) -> String {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        guard let first = tokens.first else { return "Hele filen" }
        var words = [fieldNames[first] ?? first]
        for token in tokens.dropFirst() {
            if let index = Int(token) {
                words.append("nr. \(index + 1)")
            } else {
                words.append(fieldNames[token] ?? token)
            }
        }
        return words.joined(separator: ", ")
    }

    static let fieldNames: [String: String] = [
        "name": "navn", "shortName": "kort navn", "formerNames": "tidligere navne", "until": "sidste dag",
        "status": "status", "period": "periode", "from": "fra", "to": "til", "goals": "mål", "owners": "ejere",
        "participants": "deltagere", "cooperationPartners": "samarbejdspartnere", "mergedInto": "sammenlagt med",
        "absorbed": "har optaget", "replaces": "afløser", "endedReason": "begrundelse for afslutning",
        "alsoKnownAs": "også kendt som", "tovholder": "tovholder", "joined": "partner siden", "left": "partner til",
        "units": "forvaltninger og enheder", "involved": "involveret", "text": "målets tekst", "en": "engelsk gengivelse",
        "da": "dansk tekst", "year": "år", "covers": "dækker", "number": "nummer", "title": "titel",
        "adoption": "godkendelse", "decision": "beslutning", "date": "dato", "body": "organ", "case": "sag",
        "caseHandling": "sagsbehandling", "treatedBy": "behandlet af", "hearings": "høringer",
        "previousVersions": "tidligere versioner", "version": "version", "steeringGroup": "Styregruppen",
        "coordinationGroup": "Koordinationsgruppen", "tovholdere": "tovholdere", "members": "medlemmer", "at": "hos",
        "responsibilities": "ansvar", "reporting": "afrapportering", "role": "rolle", "measurement": "måling",
        "economy": "økonomi", "communication": "kommunikation", "partners": "partnere", "forum": "forum",
        "kind": "art", "note": "note", "channels": "kanaler", "principle": "princip", "indicator": "indikator",
        "description": "beskrivelse", "composition": "sammensætning", "meetingsPerYear": "møder om året",
        "timesPerYear": "gange om året", "timing": "tidspunkt", "reportedBy": "afrapporteres af",
        "agendaItem": "dagsordenspunkt", "proposedBy": "indstillet af", "finalBodies": "endelig behandling",
        "priorDecisions": "tidligere beslutninger", "exceptions": "undtagelser", "rule": "regel", "reason": "begrundelse",
        "website": "hjemmeside", "field": "felt", "url": "adresse", "initiative": "indsats",
    ]

    /// "1 indsats", "2 indsatser".
    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(number(n)) \(n == 1 ? one : many)"
    }

    /// A whole number with Danish thousands separators ("10.000").
    static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// The day a commit was made, in the author's time zone.
    static func date(of commit: CommitSummary) -> String { date(commit.authorDay) }
}

extension LocalizedText {
    /// The text as the Danish pages show it: the Danish, or the English when the content has no Danish.
    var danish: String { da ?? en ?? "" }
}
