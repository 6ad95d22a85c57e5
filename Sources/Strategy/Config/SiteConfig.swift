import JSON
import Messages

/// The website settings of `tryg.json` (`"site"`): where the site is published, where its
/// accessibility statement is, and who answers for it.
public struct SiteConfig: Sendable, Hashable {
    /// Contact details shown in every page's footer.
    public struct Contact: Sendable, Hashable {
        public var name: String?
        public var email: String?
        public var phone: String?
        public var url: String?

        public init(name: String? = nil, email: String? = nil, phone: String? = nil, url: String? = nil) {
            self.name = name
            self.email = email
            self.phone = phone
            self.url = url
        }
    }

    /// The live address of the site (`https://tryg.aalborg.dk/`): for the sitemap and the feed's ids.
    public var baseURL: String?
    /// The accessibility statement (Tilgængelighedserklæring) in the state's WAS tool.
    public var statementURL: String?
    /// The authority responsible for the site.
    public var responsible: String?
    public var contact: Contact?

    public init(baseURL: String? = nil, statementURL: String? = nil, responsible: String? = nil, contact: Contact? = nil) {
        self.baseURL = baseURL
        self.statementURL = statementURL
        self.responsible = responsible
        self.contact = contact
    }
}

extension SiteConfig {
    /// Reads the `site` member of `tryg.json`. Problems become diagnostics located in the file.
    static func read(_ value: JSONValue, at base: JSONPointer, in document: JSONDocument) -> (SiteConfig?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        func problem(_ message: Message, _ value: JSONValue, _ pointer: JSONPointer) {
            problems.append(
                Diagnostic(
                    severity: .error, code: "config", message: message, path: RepositoryConfig.path, pointer: pointer,
                    location: value.offset >= 0 ? document.location(ofOffset: value.offset) : nil,
                    hint: Message("config.site.hint")))
        }
        guard let object = value.objectValue else {
            problem(Messages.notAnObject, value, base)
            return (nil, problems)
        }
        func string(_ member: JSONValue?, _ pointer: JSONPointer) -> String? {
            guard let member else { return nil }
            guard let text = member.stringValue, !text.isEmpty else {
                problem(Messages.notAString(pointer.description), member, pointer)
                return nil
            }
            return text
        }
        var site = SiteConfig()
        site.baseURL = string(object["baseURL"], base.appending("baseURL"))
        site.statementURL = string(object["statementURL"], base.appending("statementURL"))
        site.responsible = string(object["responsible"], base.appending("responsible"))
        if let contact = object["contact"] {
            let pointer = base.appending("contact")
            if contact.objectValue == nil {
                problem(Messages.contactNotAnObject, contact, pointer)
            } else {
                site.contact = Contact(
                    name: string(contact["name"], pointer.appending("name")),
                    email: string(contact["email"], pointer.appending("email")),
                    phone: string(contact["phone"], pointer.appending("phone")),
                    url: string(contact["url"], pointer.appending("url")))
            }
        }
        return (site, problems)
    }
}

private enum Messages {
    static let notAnObject = Message("config.site.not-an-object")
    static let contactNotAnObject = Message("config.site.contact-not-an-object")
    static func notAString(_ pointer: String) -> Message { Message("config.site.not-a-string", ["pointer": .text(pointer)]) }
}
