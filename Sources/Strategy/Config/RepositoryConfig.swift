import Foundation
import Git
import JSON
import Messages

/// The repository's tryg configuration (`tryg.json` at the root), read from the same revision that is
/// validated: which schema applies to which files, and how each rule is set.
public struct RepositoryConfig: Sendable {
    /// Where the configuration lives, relative to the repository root.
    public static let path = "tryg.json"

    /// One "these files → this schema" entry.
    public struct SchemaMapping: Sendable, Hashable {
        public var files: Glob
        /// The schema file, relative to the repository root.
        public var schema: String
        /// Where the entry is written in the configuration.
        public var pointer: JSONPointer
    }

    /// How a rule is set in the configuration.
    public enum RuleSetting: String, Sendable, Hashable, CaseIterable {
        case error, warning, note, off
    }

    public var schemas: [SchemaMapping] = []
    public var rules: [String: RuleSetting] = [:]
    /// The language the repository asks tryg to speak (`"language": "da"`), unless the command line
    /// or `TRYG_LANG` says otherwise.
    public var language: Language?
    /// The files and folders the content must have (a path ending in "/" is a folder that must hold
    /// at least one `*.json` file). Without a `"required"` setting: ``defaultRequired``.
    public var required: [String] = RepositoryConfig.defaultRequired
    /// Where each required entry is written in the configuration, when it is.
    public var requiredPointers: [String: JSONPointer] = [:]
    /// The content this repository's layout cannot do without: deleting one of them would silently
    /// switch rules off (no strategy.json: no coverage rules).
    public static let defaultRequired = [
        ContentLayout.strategy, ContentLayout.organisation, ContentLayout.partners, ContentLayout.goals,
        ContentLayout.initiatives,
    ]
    /// Where `tryg diff --format markdown` links files: a URL prefix with `{revision}` for the commit
    /// (`"linkBase": "https://github.com/aalborg/tryg/blob/{revision}/"`).
    public var linkBase: String?
    /// Where each rule setting is written, for diagnostics about unknown rule names.
    public var rulePointers: [String: JSONPointer] = [:]
    /// The website settings (`"site"`), when the configuration has them.
    public var site: SiteConfig?

    public init(schemas: [SchemaMapping] = [], rules: [String: RuleSetting] = [:]) {
        self.schemas = schemas
        self.rules = rules
    }

    /// The schema file that applies to `path`: the first mapping whose pattern matches.
    public func schemaPath(for path: String) -> String? {
        let prepared = Glob.Path(path)
        return schemas.first { $0.files.matches(prepared) }?.schema
    }
}

extension RepositoryConfig {
    /// Reads the configuration from its parsed document. Problems become diagnostics located in the
    /// file; what can be read is kept, so one typo does not hide the rest.
    public static func read(_ document: JSONDocument) -> (RepositoryConfig, [Diagnostic]) {
        var config = RepositoryConfig()
        var problems: [Diagnostic] = []
        func problem(_ message: Message, _ value: JSONValue, _ pointer: JSONPointer, hint: Message? = nil) {
            problems.append(
                Diagnostic(
                    severity: .error, code: "config", message: message, path: path, pointer: pointer,
                    location: value.offset >= 0 ? document.location(ofOffset: value.offset) : nil, hint: hint))
        }
        guard let root = document.root.objectValue else {
            problem(Message("config.not-an-object"), document.root, .root)
            return (config, problems)
        }
        if let schemas = root["schemas"] {
            let base = JSONPointer.root.appending("schemas")
            if let entries = schemas.arrayValue {
                for (i, entry) in entries.enumerated() {
                    let pointer = base.appending(i)
                    guard let files = entry["files"]?.stringValue, let schema = entry["schema"]?.stringValue else {
                        problem(Message("config.schema-entry"), entry, pointer, hint: Message("config.schema-entry.hint"))
                        continue
                    }
                    config.schemas.append(SchemaMapping(files: Glob(files), schema: normalize(schema), pointer: pointer))
                }
            } else {
                problem(Message("config.schemas-not-array"), schemas, base)
            }
        }
        if let rules = root["rules"] {
            let base = JSONPointer.root.appending("rules")
            if let members = rules.objectValue?.members {
                for member in members {
                    let pointer = base.appending(member.key)
                    guard let text = member.value.stringValue, let setting = RuleSetting(rawValue: text) else {
                        problem(Message("config.rule-setting", ["rule": .text(member.key)]), member.value, pointer)
                        continue
                    }
                    config.rules[member.key] = setting
                    config.rulePointers[member.key] = pointer
                }
            } else {
                problem(Message("config.rules-not-object"), rules, base)
            }
        }
        if let required = root["required"] {
            let base = JSONPointer.root.appending("required")
            if let entries = required.arrayValue, entries.allSatisfy({ $0.stringValue?.isEmpty == false }) {
                config.required = entries.compactMap(\.stringValue)
                for (i, entry) in config.required.enumerated() { config.requiredPointers[entry] = base.appending(i) }
            } else {
                problem(Message("config.required"), required, base)
            }
        }
        if let link = root["linkBase"] {
            if let text = link.stringValue, text.hasPrefix("https://") || text.hasPrefix("http://") {
                config.linkBase = text
            } else {
                problem(Message("config.link-base"), link, JSONPointer.root.appending("linkBase"))
            }
        }
        if let language = root["language"] {
            if let text = language.stringValue, let chosen = Language(rawValue: text) {
                config.language = chosen
            } else {
                problem(Message("config.language"), language, JSONPointer.root.appending("language"))
            }
        }
        if let site = root["site"] {
            let (settings, found) = SiteConfig.read(site, at: JSONPointer.root.appending("site"), in: document)
            config.site = settings
            problems += found
        }
        return (config, problems)
    }

    /// Normalises a repository-relative path: no leading "./", no "." or empty segments, ".." applied.
    public static func normalize(_ path: String) -> String {
        var out: [Substring] = []
        for segment in Self.segments(of: path) {
            if segment == "." { continue }
            if segment == "..", let last = out.last, last != ".." {
                out.removeLast()
                continue
            }
            out.append(segment)
        }
        return out.joined(separator: "/")
    }

    /// The non-empty '/'-separated segments of a path, split by UTF-8 byte (splitting by Character
    /// costs a grapheme check per character, and this runs for every file).
    static func segments(of path: String) -> [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map { path[$0.startIndex..<$0.endIndex] }
    }

    /// Resolves a path written relative to the folder of `file` (as `$schema` is) to a repository path.
    public static func resolve(_ relative: String, from file: String) -> String {
        var folder = segments(of: file).dropLast().joined(separator: "/")
        if relative.hasPrefix("/") { folder = "" }
        return normalize(folder.isEmpty ? relative : folder + "/" + relative)
    }
}

extension RepositoryConfig {
    /// The language the repository's `tryg.json` asks for, read from the work tree (HEAD in a bare
    /// repository): a small, best-effort read used only to choose the language of the messages, so
    /// it never fails a command — a broken `tryg.json` is reported by the checks that read it.
    public static func language(in repository: Repository) -> Language? {
        var bytes: [UInt8]?
        if let folder = repository.workDirectory {
            // Just the one file: a snapshot of the work tree would hash every file.
            bytes = FileManager.default.contents(atPath: folder + "/" + path).map { [UInt8]($0) }
        } else if let entry = try? repository.commit(revision: "HEAD").tree().entry(atPath: path), entry.isRegularFile {
            bytes = try? repository.blobBytes(entry.id)
        }
        guard let bytes, let document = try? JSONParser().parse(bytes) else { return nil }
        return read(document).0.language
    }
}

extension RepositoryConfig {
    /// The configuration of a snapshot (nil when it has no `tryg.json`).
    ///
    /// - Throws: ``StrategyError`` when the file cannot be read, is not well-formed JSON or has
    ///   errors: a broken configuration is an error wherever it is read, never silently ignored.
    public static func load(from snapshot: Snapshot) throws(StrategyError) -> RepositoryConfig? {
        let bytes: [UInt8]
        do {
            guard let file = try snapshot.file(at: path) else { return nil }
            bytes = try snapshot.read(file)
        } catch {
            throw StrategyError(error)
        }
        let source = SourceText(bytes: bytes)
        let document: JSONDocument
        do {
            document = try JSONParser().parse(source)
        } catch {
            throw StrategyError(
                Message(
                    "error.config-unreadable",
                    ["place": .text("\(path):\(source.location(ofOffset: error.offset))"), "reason": .message(error.text)]))
        }
        let (config, problems) = read(document)
        if let first = problems.first {
            let place = first.location.map { "\(path):\($0)" } ?? path
            throw StrategyError(Message("error.config-unreadable", ["place": .text(place), "reason": .message(first.message)]))
        }
        return config
    }
}
