import JSON
import Messages

/// One finding about the content: what is wrong, where, and how to fix it.
///
/// Every check of tryg — JSON syntax, schema validation, cross-file rules — produces diagnostics of
/// this one type, and every reporter (text, JSON, GitHub annotations, SARIF) renders the same list.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// A stable name: a rule name (`unit-coverage`), a schema keyword (`enum`), or `syntax`.
    public var code: String
    /// The finding in plain words, rendered in the chosen language by the reporter.
    public var message: Message
    /// The file, relative to the repository root ('/'-separated); nil for findings about no one file.
    public var path: String?
    /// Where in the file's JSON the finding points.
    public var pointer: JSONPointer?
    /// 1-based line and column of the offending value, when known.
    public var location: SourceLocation?
    /// How to fix it, when there is something useful to say.
    public var hint: Message?
    /// Other places involved (e.g. the initiatives behind a coverage gap).
    public var related: [RelatedLocation]

    public init(
        severity: Severity, code: String, message: Message, path: String? = nil, pointer: JSONPointer? = nil,
        location: SourceLocation? = nil, hint: Message? = nil, related: [RelatedLocation] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.path = path
        self.pointer = pointer
        self.location = location
        self.hint = hint
        self.related = related
    }
}

/// A further place that a diagnostic refers to.
public struct RelatedLocation: Sendable, Hashable {
    public var message: Message
    public var path: String
    public var pointer: JSONPointer?
    public var location: SourceLocation?

    public init(message: Message, path: String, pointer: JSONPointer? = nil, location: SourceLocation? = nil) {
        self.message = message
        self.path = path
        self.pointer = pointer
        self.location = location
    }
}

extension Diagnostic {
    /// Orders diagnostics by file (findings about no one file last), then position, then severity,
    /// code and message: the order every reporter prints them in, so output is the same from run to run.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            if a.path != b.path {
                guard let pa = a.path else { return false }
                guard let pb = b.path else { return true }
                return pa < pb
            }
            let la = a.location?.offset ?? -1, lb = b.location?.offset ?? -1
            if la != lb { return la < lb }
            if a.severity != b.severity { return a.severity < b.severity }
            if a.code != b.code { return a.code < b.code }
            return a.message.identity < b.message.identity
        }
    }
}

/// Counts of findings by severity.
public struct DiagnosticCounts: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0

    public init(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            switch d.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }
}

extension Diagnostic {
    /// What identifies the finding across commits, languages and line moves: its code, its file, the
    /// JSON Pointer it points at and its message without display names (a finding whose text changed
    /// only because the entity it names was renamed is the same finding), hashed to 16 hex digits
    /// (64-bit FNV-1a).
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(code)|\(path ?? "")|\(pointer?.description ?? "")|\(message.identity)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
