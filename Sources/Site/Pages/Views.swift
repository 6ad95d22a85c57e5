import Mustache

/// The typed view models the templates render. Keys are distinct across nesting levels on
/// purpose: a Mustache section that finds no value in its item looks in the enclosing ones.

/// The frame of every page: head, header with menu and crumbs, footer.
struct LayoutView {
    var title: String
    var description: String
    var styleHref: String
    var printHref: String
    var feedHref: String
    var siteName: String
    var crumbs: [Crumb]
    var refreshURL: String?
    /// The header with the menu, rendered by the `frame-top` template (see ``FrameTopView``).
    var frameTop: String
    var body: String
    /// The footer, rendered by the `frame-bottom` template (see ``FooterView``).
    var frameBottom: String
}

extension LayoutView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "styleHref": return styleHref
        case "printHref": return printHref
        case "feedHref": return feedHref
        case "siteName": return siteName
        case "crumbs": return crumbs
        case "refreshURL": return refreshURL
        case "frameTop": return frameTop
        case "body": return body
        case "frameBottom": return frameBottom
        default: return nil
        }
    }
}

/// The header: banners, the site's name and the menu.
struct FrameTopView {
    var previewText: String?
    var errorNotice: Bool
    var homeHref: String
    var siteName: String
    var siteTagline: String
    var nav: [NavItemView]
}

extension FrameTopView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "previewText": return previewText
        case "errorNotice": return errorNotice
        case "homeHref": return homeHref
        case "siteName": return siteName
        case "siteTagline": return siteTagline
        case "nav": return nav
        default: return nil
        }
    }
}

struct NavItemView {
    var navText: String
    var navHref: String
    /// The page itself (`aria-current="page"`).
    var navCurrent: Bool
    /// A page inside the section.
    var navActive: Bool
}

extension NavItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "navText": return navText
        case "navHref": return navHref
        case "navCurrent": return navCurrent
        case "navActive": return navActive
        default: return nil
        }
    }
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

extension FooterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "responsible": return responsible
        case "contactName": return contactName
        case "contactHref": return contactHref
        case "contactEmail": return contactEmail
        case "contactEmailHref": return contactEmailHref
        case "contactPhone": return contactPhone
        case "contactPhoneHref": return contactPhoneHref
        case "statementHref": return statementHref
        case "dataHref": return dataHref
        case "footerFeedHref": return footerFeedHref
        case "revisionText": return revisionText
        default: return nil
        }
    }
}

/// A term and its values in a description list.
struct FactView {
    var factTerm: String
    var factValues: [FactValue]
}

extension FactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "factTerm": return factTerm
        case "factValues": return factValues
        default: return nil
        }
    }
}

/// One value of a fact: text, an optional link, the language when it is not Danish, and the marks
/// of the assumptions it rests on.
struct FactValue {
    var valueText: String
    var valueHref: String?
    var valueLang: String?
    var valueMarks: [MarkView]
}

extension FactValue: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "valueText": return valueText
        case "valueHref": return valueHref
        case "valueLang": return valueLang
        case "valueMarks": return valueMarks
        default: return nil
        }
    }
}

/// The mark beside a fact that rests on an assumption: "udledt, se note 2".
struct MarkView {
    var markText: String
    var markHref: String
    var markKind: String
}

extension MarkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "markText": return markText
        case "markHref": return markHref
        case "markKind": return markKind
        default: return nil
        }
    }
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

extension AboutView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "aboutFile": return aboutFile
        case "aboutSources": return aboutSources
        case "aboutAssumptions": return aboutAssumptions
        case "aboutLastChanged": return aboutLastChanged
        case "aboutHistory": return aboutHistory
        case "aboutExceptions": return aboutExceptions
        default: return nil
        }
    }
}

struct SourceView {
    var sourceScope: String?
    var sourceKind: String
    var sourceNote: String
    var sourceHref: String?
}

extension SourceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceScope": return sourceScope
        case "sourceKind": return sourceKind
        case "sourceNote": return sourceNote
        case "sourceHref": return sourceHref
        default: return nil
        }
    }
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

extension AssumptionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "assumptionAnchor": return assumptionAnchor
        case "assumptionNumber": return assumptionNumber
        case "assumptionField": return assumptionField
        case "assumptionPointer": return assumptionPointer
        case "assumptionKind": return assumptionKind
        case "assumptionKindClass": return assumptionKindClass
        case "assumptionMeaning": return assumptionMeaning
        case "assumptionNote": return assumptionNote
        default: return nil
        }
    }
}

struct ExceptionView {
    var exceptionScope: String
    var exceptionRule: String
    var exceptionReason: String
    var exceptionUntil: String?
}

extension ExceptionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "exceptionScope": return exceptionScope
        case "exceptionRule": return exceptionRule
        case "exceptionReason": return exceptionReason
        case "exceptionUntil": return exceptionUntil
        default: return nil
        }
    }
}

/// One commit in an entity's own history.
struct HistoryLineView {
    var historyDate: String
    var historyCommit: String?
    var historySubject: String
    var historyVerdict: String
    var historyLines: [String]
}

extension HistoryLineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "historyDate": return historyDate
        case "historyCommit": return historyCommit
        case "historySubject": return historySubject
        case "historyVerdict": return historyVerdict
        case "historyLines": return historyLines
        default: return nil
        }
    }
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

extension InitiativeItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "itemName": return itemName
        case "itemHref": return itemHref
        case "itemStatus": return itemStatus
        case "itemStatusClass": return itemStatusClass
        case "itemPeriod": return itemPeriod
        case "itemOwners": return itemOwners
        default: return nil
        }
    }
}

/// A group of items under a heading.
struct ItemGroupView {
    var groupHeading: String
    var groupID: String
    var groupItems: [InitiativeItemView]
    var groupEmpty: String?
}

extension ItemGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "groupHeading": return groupHeading
        case "groupID": return groupID
        case "groupItems": return groupItems
        case "groupEmpty": return groupEmpty
        default: return nil
        }
    }
}
