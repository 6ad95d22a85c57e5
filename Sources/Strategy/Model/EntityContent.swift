import JSON

/// The parts of an initiative's file that the rules do not need but readers of the strategy do.
/// (The ended reason and the co-operation partners are on ``Initiative`` itself.)
public struct InitiativeContent: Sendable {
    /// A short description in Danish (optional: the sources of the current content give none).
    public var description: String?
    public var alsoKnownAs: [String]
    /// The tovholder's role (a position, never a person), at ``Initiative/tovholder``.
    public var tovholderRole: String?
}

/// The parts of a goal's file beyond its number and name.
public struct GoalContent: Sendable {
    /// The goal in the strategy's wording.
    public var text: LocalizedText?
}

/// The parts of a report's file beyond its initiative, year and period.
public struct ReportContent: Sendable {
    public var title: String?
}

/// An earlier version of the strategy as `strategy.json` lists it.
public struct VersionPeriod: Sendable, Hashable {
    public var version: Int
    public var period: Period
}

/// A decision an adoption builds on.
public struct PriorDecision: Sendable {
    public var body: String?
    public var date: Day?
    public var text: LocalizedText?
}

/// How a version of the strategy was adopted and treated.
public struct AdoptionContent: Sendable {
    public var caseNumber: String?
    public var agendaItem: Int?
    public var title: String?
    public var proposedBy: String?
    public var body: String?
    public var decision: String?
    public var date: Day?
    public var hearings: [String]
    public var treatedBy: [String]
    public var finalBodies: [String]
    public var priorDecisions: [PriorDecision]
}

/// A channel through which the strategy is communicated.
public struct CommunicationChannel: Sendable {
    public var name: String
    public var kind: String?
    /// The address as written (not checked: callers that link it must).
    public var url: String?
}

/// The parts of `strategy.json` beyond what the rules need.
public struct StrategyContent: Sendable {
    public var shortName: String?
    public var previousVersions: [VersionPeriod]
    public var adoption: AdoptionContent?
    public var measurementIndicator: String?
    public var measurementDescription: LocalizedText?
    public var economy: LocalizedText?
    public var communicationPrinciple: LocalizedText?
    public var channels: [CommunicationChannel]
}

/// One group of the organisation (Styregruppen, Koordinationsgruppen, the strategy's tovholdere).
public struct OrganisationGroup: Sendable {
    public var name: String?
    public var formerNames: [(name: String, until: Day?)]
    public var composition: LocalizedText?
    public var members: [RoleRef]
    public var meetingsPerYear: Int?
    public var responsibilities: [LocalizedText]
}

/// The parts of `organisation.json` beyond what the rules need.
public struct OrganisationContent: Sendable {
    public var steeringGroup: OrganisationGroup
    public var coordinationGroup: OrganisationGroup
    public var tovholdere: OrganisationGroup
    public var reportingTimesPerYear: Int?
    public var reportingTiming: LocalizedText?
    /// Which group reports (`steeringGroup`, as written).
    public var reportedBy: String?
    public var forumName: String?
}

extension Initiative {
    /// The initiative's descriptive content, read from its file by the same reader as the model.
    public var content: InitiativeContent {
        let reader = EntityReader(origin: origin)
        return InitiativeContent(
            description: reader.string("description"), alsoKnownAs: reader.plainStrings("alsoKnownAs"),
            tovholderRole: reader.sub("tovholder").string("role"))
    }
}

extension Goal {
    /// The goal's descriptive content.
    public var content: GoalContent { GoalContent(text: EntityReader(origin: origin).localized("text")) }
}

extension Report {
    /// The report's descriptive content.
    public var content: ReportContent { ReportContent(title: EntityReader(origin: origin).string("title")) }
}

extension StrategyInfo {
    /// The strategy's descriptive content.
    public var content: StrategyContent {
        let reader = EntityReader(origin: origin)
        let previous: [VersionPeriod] = (reader.object["previousVersions"]?.arrayValue ?? []).indices.compactMap { i in
            let v = reader.sub("previousVersions", String(i))
            guard let number = v.int("version"), let period = v.period("period") else { return nil }
            return VersionPeriod(version: number, period: period)
        }
        let measurement = reader.sub("measurement"), communication = reader.sub("communication")
        let channels: [CommunicationChannel] = (communication.object["channels"]?.arrayValue ?? []).compactMap { c in
            c["name"]?.stringValue.map {
                CommunicationChannel(name: $0, kind: c["kind"]?.stringValue, url: c["url"]?.stringValue)
            }
        }
        return StrategyContent(
            shortName: reader.string("shortName"), previousVersions: previous, adoption: reader.adoption(),
            measurementIndicator: measurement.string("indicator"), measurementDescription: measurement.localized("description"),
            economy: reader.localized("economy"), communicationPrinciple: communication.localized("principle"),
            channels: channels)
    }
}

extension Organisation {
    /// The organisation's descriptive content.
    public var content: OrganisationContent {
        let reader = EntityReader(origin: origin)
        let reporting = reader.sub("reporting")
        return OrganisationContent(
            steeringGroup: reader.group("steeringGroup"), coordinationGroup: reader.group("coordinationGroup"),
            tovholdere: reader.group("tovholdere"), reportingTimesPerYear: reporting.int("timesPerYear"),
            reportingTiming: reporting.localized("timing"), reportedBy: reporting.string("reportedBy"),
            forumName: reporting.sub("forum").string("name"))
    }
}

extension EntityReader {
    func adoption() -> AdoptionContent? {
        guard object["adoption"]?.objectValue != nil else { return nil }
        let a = sub("adoption"), handling = a.sub("caseHandling")
        let prior: [PriorDecision] = (a.object["priorDecisions"]?.arrayValue ?? []).map { d in
            PriorDecision(
                body: d["body"]?.stringValue, date: d["date"]?.stringValue.flatMap(Day.init),
                text: Self.localizedValue(d["text"]))
        }
        return AdoptionContent(
            caseNumber: a.string("case"), agendaItem: a.int("agendaItem"), title: a.string("title"),
            proposedBy: a.string("proposedBy"), body: a.string("body"), decision: a.string("decision"), date: a.day("date"),
            hearings: handling.plainStrings("hearings"), treatedBy: handling.plainStrings("treatedBy"),
            finalBodies: handling.plainStrings("finalBodies"), priorDecisions: prior)
    }

    func group(_ key: String) -> OrganisationGroup {
        let g = sub(key)
        let former: [(name: String, until: Day?)] = (g.object["formerNames"]?.arrayValue ?? []).compactMap { v in
            v["name"]?.stringValue.map { ($0, v["until"]?.stringValue.flatMap(Day.init)) }
        }
        return OrganisationGroup(
            name: g.string("name"), formerNames: former, composition: g.localized("composition"), members: g.roles("members"),
            meetingsPerYear: g.int("meetingsPerYear"), responsibilities: g.localizedList("responsibilities"))
    }
}
