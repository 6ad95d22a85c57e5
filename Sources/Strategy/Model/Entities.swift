import JSON
import Messages

/// A reference to a partner or to one of its units: `"aalborg-kommune"` or
/// `"aalborg-kommune/skoleforvaltningen"`.
public struct PartyRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var partner: String
    public var unit: String?

    public init(partner: String, unit: String? = nil) {
        self.partner = partner
        self.unit = unit
    }

    public init(_ text: String) {
        // By UTF-8 byte: splitting by Character costs a grapheme check per character.
        let parts = text.utf8.split(separator: UInt8(ascii: "/"), maxSplits: 1).map { String(text[$0.startIndex..<$0.endIndex]) }
        partner = parts.first ?? ""
        unit = parts.count > 1 ? parts[1] : nil
    }

    public var description: String { unit.map { "\(partner)/\($0)" } ?? partner }

    public static func < (lhs: PartyRef, rhs: PartyRef) -> Bool { lhs.description < rhs.description }
}

/// A value from the content together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var origin: Origin
}

/// A text the content gives in Danish and, usually, English (`{"da": "…", "en": "…"}`).
public struct LocalizedText: Sendable, Hashable {
    public var da: String?
    public var en: String?

    public init(da: String?, en: String?) {
        self.da = da
        self.en = en
    }

    /// The text in `language`, falling back to the other language.
    public func text(in language: Language) -> String {
        switch language {
        case .da: return da ?? en ?? ""
        case .en: return en ?? da ?? ""
        }
    }
}

/// A documented, reasoned exception to one rule for one entity.
public struct RuleException: Sendable {
    public var rule: String
    public var reason: String
    public var until: Day?
    /// The file the exception is about, for an exception written on the strategy about another
    /// entity's file (e.g. one that was deleted: `entity-not-deleted`).
    public var file: String?
    public var origin: Origin
}

/// The strategy document itself (`strategy/strategy.json`).
public struct StrategyInfo: Sendable {
    public var name: String
    public var version: Int
    public var period: Period?
    public var website: String?
    public var adoptionCase: String?
    public var exceptions: [RuleException]
    public var origin: Origin
}

/// A partner of the strategy, with its units.
public struct Partner: Sendable {
    public var id: String
    public var name: String
    public var joined: Day?
    public var left: Day?
    public var units: [Unit]
    public var exceptions: [RuleException]
    public var origin: Origin

    /// The days of `period` on which the partner is part of the strategy.
    public func membership(within period: Period) -> Period? {
        period.intersection(Period(from: joined ?? period.from, to: left))
    }
}

/// A unit of a partner (for Aalborg Kommune: a department).
public struct Unit: Sendable {
    public var id: String
    public var name: String
    /// Whether the unit is involved in the strategy (then it must own an active initiative).
    public var involved: Bool
    public var exceptions: [RuleException]
    public var origin: Origin
}

/// One of the strategy's goals.
public struct Goal: Sendable {
    public var id: String
    public var number: Int?
    public var name: String
    public var exceptions: [RuleException]
    public var origin: Origin
}

/// A prioritised initiative.
public struct Initiative: Sendable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case planned, active, ended, merged
    }

    public var id: String
    public var name: String
    /// nil when the file holds a status tryg does not know (the schema reports it).
    public var status: Status?
    public var period: Period?
    public var goals: [Located<String>]
    /// The owners, in the order written; an entry written as an object (`{"owner": …, "from": …}`)
    /// is located at its `owner` member.
    public var owners: [Located<PartyRef>]
    /// The owners' own dates, one per entry of ``owners`` (empty dates for an owner written as a
    /// plain reference: it owns the initiative for its whole period).
    public var ownerDates: [OwnerDates]
    public var participants: [Located<PartyRef>]
    public var formerNames: [(name: String, until: Day?)]
    public var mergedInto: Located<String>?
    public var absorbed: [Located<String>]
    public var replaces: [Located<String>]
    public var tovholder: Located<PartyRef>?
    /// Why the initiative ended (with "ended", and sometimes "merged").
    public var endedReason: LocalizedText?
    /// External co-operation partners (free text).
    public var cooperationPartners: [String] = []
    public var exceptions: [RuleException]
    public var origin: Origin

    /// The days on which the initiative counts as ongoing (igangværende): its period while its
    /// status is active; ended and merged initiatives count up to their end.
    public var activePeriod: Period? {
        guard let period, let status else { return nil }
        switch status {
        case .active: return period
        case .ended, .merged: return period.to == nil ? nil : period
        case .planned: return nil
        }
    }

    /// The days owner entry `index` owns the initiative: its period, narrowed by the entry's own
    /// `from`/`to`; nil when the two do not meet or the initiative has no period.
    public func ownership(_ index: Int) -> Period? {
        guard let period, ownerDates.indices.contains(index) else { return period }
        return ownerDates[index].narrowing(period)
    }

    /// The days on which the initiative counts as ongoing for `owner` (a partner id, which a unit's
    /// entry counts for too, or "partner/unit"): its active period on the days of each entry that
    /// names the owner. Usually one period; more when the owner was written twice with own dates.
    public func activePeriods(for owner: String) -> [Period] {
        guard let active = activePeriod else { return [] }
        var out: [Period] = []
        for (i, entry) in owners.enumerated() where entry.value.partner == owner || entry.value.description == owner {
            let dates = ownerDates.indices.contains(i) ? ownerDates[i] : OwnerDates()
            if let days = dates.narrowing(active) { out.append(days) }
        }
        return out
    }
}

/// The dates of one owner entry of an initiative (`{"owner": …, "from": …, "to": …}`); both nil for an
/// owner written as a plain reference.
public struct OwnerDates: Sendable, Hashable {
    public var from: Day?
    public var to: Day?

    public init(from: Day? = nil, to: Day? = nil) {
        self.from = from
        self.to = to
    }

    /// Whether the entry has dates of its own.
    public var isEmpty: Bool { from == nil && to == nil }

    /// The days of `period` within these dates, or nil when they do not meet.
    public func narrowing(_ period: Period) -> Period? {
        period.intersection(Period(from: from ?? period.from, to: to ?? period.to))
    }
}

/// A member of a group of the organisation: a role at a partner or unit, never a person.
public struct RoleRef: Sendable {
    public var role: String
    public var at: Located<PartyRef>
}

/// The organisation (`strategy/organisation.json`).
public struct Organisation: Sendable {
    public var steeringGroup: [RoleRef]
    public var tovholdere: [RoleRef]
    public var coordinationGroupName: String?
    public var meetingsPerYear: Int?
    public var forumPartners: [Located<PartyRef>]
    public var exceptions: [RuleException]
    public var origin: Origin
}

/// A yearly report (afrapporteringsskema) of an initiative.
public struct Report: Sendable {
    public var initiative: Located<String>
    public var year: Int
    public var number: Int?
    public var covers: Period?
    public var exceptions: [RuleException]
    public var origin: Origin
}
