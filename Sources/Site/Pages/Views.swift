/// The typed view models the templates render. Keys are distinct across nesting levels on
/// purpose: a Mustache section that finds no value in its item looks in the enclosing ones.

/// The frame of every page: head, header with menu and crumbs, footer.
struct LayoutView {
    var title: String
    var description: String
    var styleHref: String
    var printHref: String
    var feedHref: String
    var homeHref: String
    var siteName: String
    var siteTagline: String
    var nav: [NavItemView]
    var crumbs: [Crumb]
    var previewText: String?
    var errorNotice: Bool
    var refreshURL: String?
    var body: String
    var footer: FooterView
}

struct NavItemView {
    var navText: String
    var navHref: String
    /// The page itself (`aria-current="page"`).
    var navCurrent: Bool
    /// A page inside the section.
    var navActive: Bool
}

struct FooterView {
    var responsible: String?
    var contactName: String?
    var contactHref: String?
    var contactEmail: String?
    var contactEmailHref: String?
    var contactPhone: String?
    var contactPhoneHref: String?
    var statementHref: String
    var dataHref: String
    var footerFeedHref: String
    var revisionText: String
}

/// A term and its values in a description list.
struct FactView {
    var factTerm: String
    var factValues: [FactValue]
}

/// One value of a fact: text, an optional link, the language when it is not Danish, and the marks
/// of the assumptions it rests on.
struct FactValue {
    var valueText: String
    var valueHref: String?
    var valueLang: String?
    var valueMarks: [MarkView]
}

/// The mark beside a fact that rests on an assumption: "udledt, se note 2".
struct MarkView {
    var markText: String
    var markHref: String
    var markKind: String
}

/// "Om oplysningerne": sources, assumptions and history of the page's file.
struct AboutView {
    var aboutFile: String
    var aboutSources: [SourceView]
    var aboutAssumptions: [AssumptionView]
    var aboutLastChanged: String?
    var aboutHistory: [HistoryLineView]
    var aboutExceptions: [ExceptionView]
}

struct SourceView {
    var sourceScope: String?
    var sourceKind: String
    var sourceNote: String
    var sourceHref: String?
}

struct AssumptionView {
    var assumptionAnchor: String
    var assumptionNumber: Int
    var assumptionField: String
    var assumptionPointer: String
    var assumptionKind: String
    var assumptionKindClass: String
    var assumptionMeaning: String
    var assumptionNote: String
}

struct ExceptionView {
    var exceptionScope: String
    var exceptionRule: String
    var exceptionReason: String
    var exceptionUntil: String?
}

/// One commit in an entity's own history.
struct HistoryLineView {
    var historyDate: String
    var historyCommit: String?
    var historySubject: String
    var historyVerdict: String
    var historyLines: [String]
}

/// An initiative in a list: name, status, period, owners.
struct InitiativeItemView {
    var itemName: String
    var itemHref: String
    var itemStatus: String
    var itemStatusClass: String
    var itemPeriod: String
    var itemOwners: String?
}

/// A group of items under a heading.
struct ItemGroupView {
    var groupHeading: String
    var groupID: String
    var groupItems: [InitiativeItemView]
    var groupEmpty: String?
}
