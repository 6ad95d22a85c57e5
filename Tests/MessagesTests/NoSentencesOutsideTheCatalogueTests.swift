import Foundation
import Testing

/// Every sentence tryg says comes from the catalogue: a scan of the sources below the command line
/// and of the command line's reporters and commands for string literals that read like sentences.
///
/// Left out, on purpose: comments, the `--help` texts of swift-argument-parser (`abstract:`,
/// `discussion:`, `help:`; the issue lets `--help` stay English), and the lines listed in
/// ``allowed`` (each with the reason it is no user-facing sentence).
@Suite("No sentence outside the catalogue")
struct NoSentencesOutsideTheCatalogueTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// Folders whose sources may not hold user-facing sentences.
    static let scanned = ["Sources/Strategy", "Sources/tryg", "Sources/Git"]

    /// Single files whose folder is not scanned as a whole: the JSONSchema module's compile-time
    /// messages (`SchemaError`, `ECMARegexError`) and the files around them that say nothing.
    /// Left out: `MetaSchemas*.swift`, the published draft 2020-12 meta-schemas (JSON data whose
    /// titles and comments are never shown).
    static let scannedFiles = [
        "Sources/JSONSchema/ECMARegex.swift", "Sources/JSONSchema/ECMARegex+Translator.swift",
        "Sources/JSONSchema/ECMARegex+Escapes.swift", "Sources/JSONSchema/KeywordBuilder.swift",
        "Sources/JSONSchema/KeywordBuilder+Vocabularies.swift", "Sources/JSONSchema/SchemaCompiler.swift",
        "Sources/JSONSchema/SchemaRegistry.swift", "Sources/JSONSchema/SchemaTypes.swift",
        "Sources/JSONSchema/URIReference.swift", "Sources/JSONSchema/SimplePattern.swift",
        "Sources/JSONSchema/ICUPattern.swift", "Sources/JSONSchema/FormatChecker.swift",
        "Sources/JSONSchema/FormatChecker+Bidi.swift", "Sources/JSONSchema/FormatChecker+Dates.swift",
        "Sources/JSONSchema/FormatChecker+IDNA.swift", "Sources/JSONSchema/FormatChecker+Network.swift",
        "Sources/JSONSchema/FormatChecker+Punycode.swift", "Sources/JSONSchema/FormatChecker+URI.swift",
    ]

    /// Every scanned source file, relative to the package root.
    static func scannedPaths() -> [String] {
        var paths: [String] = []
        for folder in scanned {
            guard let files = FileManager.default.enumerator(atPath: root + "/" + folder) else { continue }
            for case let name as String in files where name.hasSuffix(".swift") { paths.append(folder + "/" + name) }
        }
        return paths + scannedFiles
    }

    /// Literals that read like sentences but are not said to users, with the reason.
    static let allowed: [(file: String, literal: String, reason: String)] = [
        (
            "Sources/Git/", "",
            "Git errors keep libgit2's and the Git module's own sentence as detail; the catalogue frames it (error.git)"
        ),
        (
            "Sources/Strategy/Hooks/HookInstaller.swift", "# tryg-hook: installed by",
            "the marker line written into hook files, read back by tryg"
        ),
        (
            "Sources/tryg/Commands/DiffCommand.swift", "With --format markdown, link each entity",
            "--help text (an ArgumentHelp over two lines)"
        ),
        (
            "Sources/tryg/Commands/ValidateCommand.swift", "Check every commit of a range",
            "--help text (an ArgumentHelp over two lines)"
        ),
        ("Sources/tryg/Output/Speaker.swift", "Language of the messages", "--help text (an ArgumentHelp over two lines)"),
        ("Sources/tryg/Output/Speaker.swift", ", then the locale (LC_ALL", "--help text (an ArgumentHelp over two lines)"),
        ("Sources/JSONSchema/ECMARegex+Translator.swift", ") { multiline = true } else if", "code between two literals (\"m\")"),
        ("Sources/JSONSchema/ECMARegex+Translator.swift", ") { dotAll = true } else if", "code between two literals (\"s\")"),
        ("Sources/JSONSchema/SimplePattern.swift", ") { bytes = bytes.dropFirst(2) } else if", "code between two literals"),
    ]

    /// Three or more words of letters inside a string literal.
    static func sentenceRegex() throws -> Regex<AnyRegexOutput> {
        try Regex(#""[^"\n]*\b[\p{L}]+\s+[\p{L}]+\s+[\p{L}]+[^"\n]*""#)
    }

    @Test("no string literal below the catalogue reads like a sentence")
    func noSentences() throws {
        var found: [String] = []
        for path in Self.scannedPaths() {
            if Self.allowed.contains(where: { path.hasPrefix($0.file) && $0.literal.isEmpty }) { continue }
            let text = try String(contentsOfFile: Self.root + "/" + path, encoding: .utf8)
            found += try Self.sentences(in: text).map { "\(path):\($0.line): \($0.text)" }
                .filter { hit in !Self.allowed.contains { hit.hasPrefix($0.file) && hit.contains($0.literal) } }
        }
        #expect(found.isEmpty, Comment(rawValue: "sentences outside the catalogue:\n" + found.joined(separator: "\n")))
    }

    @Test("every single file scanned exists", arguments: scannedFiles)
    func scannedFileExists(_ path: String) {
        #expect(FileManager.default.fileExists(atPath: Self.root + "/" + path), "renamed or removed: update scannedFiles")
    }

    /// The sentence-like literals of a source file, with their line numbers, outside comments and
    /// outside the command line's --help texts.
    static func sentences(in text: String) throws -> [(line: Int, text: String)] {
        let sentence = try sentenceRegex()
        var out: [(Int, String)] = []
        var inHelpBlock = false
        // A help text whose call goes on over the next lines (`help: ArgumentHelp(` and its arguments).
        var helpGoesOn = false
        for (number, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if inHelpBlock {
                if line.hasPrefix("\"\"\"") { inHelpBlock = false }
                continue
            }
            if line.hasPrefix("//") || line.hasPrefix("///") || line.hasPrefix("*") { continue }
            let isHelp =
                helpGoesOn || ["abstract:", "discussion:", "help:", "ArgumentHelp(", "usage:"].contains { line.contains($0) }
            helpGoesOn = isHelp && (line.hasSuffix("(") || line.hasSuffix(","))
            if isHelp, line.hasSuffix("\"\"\"") {
                inHelpBlock = true
                continue
            }
            if isHelp { continue }
            let code = line.components(separatedBy: " // ").first ?? line
            for match in code.matches(of: sentence) { out.append((number + 1, String(code[match.range]))) }
        }
        return out
    }
}
