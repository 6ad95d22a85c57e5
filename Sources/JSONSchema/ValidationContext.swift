import JSON
import Messages

/// The state of one validation run.
final class ValidationContext {
    /// Evaluation deeper than this many nested subschemas stops with an error instead of overflowing the stack.
    static let maxDepth = 1000

    /// Whether errors (with paths and messages) are collected.
    var collect: Bool
    /// Whether the dynamic scope is kept (only schemas with `$dynamicRef` need it).
    let tracksScope: Bool
    var violations: [SchemaViolation] = []
    /// Tokens of the current instance location (kept only when collecting).
    var instanceTokens: [String] = []
    /// Tokens of the current keyword location, through references (kept only when collecting).
    var keywordTokens: [String] = []
    var scope: [ResourceScope] = []
    var depth = 0
    /// What the whole validation shares (see ``ValidationRun``); it outlives the context.
    let run: UnsafeMutablePointer<ValidationRun>

    init(collect: Bool, tracksScope: Bool, run: UnsafeMutablePointer<ValidationRun>) {
        self.collect = collect
        self.tracksScope = tracksScope
        self.run = run
    }

    /// Removes the last `count` keyword tokens (pushed by ``DetailedWalk`` when collecting).
    @inline(__always) func popKeyword(_ count: Int) {
        if collect { keywordTokens.removeLast(count) }
    }
    @inline(__always) func pushInstance(_ token: String) { if collect { instanceTokens.append(token) } }
    @inline(__always) func popInstance() { if collect { instanceTokens.removeLast() } }

    /// Records an error at the current instance and keyword paths.
    func record(keyword: String, absolute: String, instance: JSONValue, message: Message) {
        let keywordPath = keyword == "false" ? keywordTokens : keywordTokens + [keyword]
        violations.append(
            SchemaViolation(
                instanceLocation: JSONPointer(tokens: instanceTokens),
                keywordLocation: Self.pointerText(keywordPath),
                absoluteKeywordLocation: absolute,
                keyword: keyword, message: message, instanceOffset: instance.offset))
    }

    /// The JSON Pointer of `tokens` as text, as ``JSONPointer/description`` writes it; tokens
    /// without `~` or `/` (nearly all) are copied whole.
    static func pointerText(_ tokens: [String]) -> String {
        var out = ""
        for token in tokens {
            out += "/"
            if token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
                out += JSONPointer(tokens: [token]).description.dropFirst()
            } else {
                out += token
            }
        }
        return out
    }

    /// Runs `body` without collecting errors, then restores the mode (see ``DetailedWalk/quietly(_:)``).
    @inline(__always)
    func quietly<T>(_ body: () -> T) -> T {
        let saved = collect
        collect = false
        defer { collect = saved }
        return body()
    }
}
