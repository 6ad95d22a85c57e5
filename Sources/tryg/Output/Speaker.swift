import ArgumentParser
import Foundation
import Git
import Messages
import Strategy

/// Renders messages for one reader: in the chosen language, with every value from the content
/// escaped for where the text lands.
struct Speaker: Sendable {
    let language: Language
    let escape: Catalogue.Escape?

    /// Text for a terminal or a log: control characters in values are shown as `\u{…}`.
    static func terminal(_ language: Language) -> Speaker {
        Speaker(language: language, escape: { TextEscaping.terminal($0) })
    }

    /// Text for a machine format (JSON, SARIF) whose writer escapes it.
    static func plain(_ language: Language) -> Speaker {
        Speaker(language: language, escape: nil)
    }

    /// Text for markdown: values escaped for CommonMark and HTML.
    static func markdown(_ language: Language) -> Speaker {
        Speaker(language: language, escape: { TextEscaping.markdown($0) })
    }

    func say(_ message: Message) -> String {
        Catalogue.render(message, in: language, escape: escape)
    }

    func say(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        say(Message(key, arguments))
    }

    /// A value from the content or a path, escaped for where the text lands.
    func value(_ text: String) -> String {
        escape?(text) ?? text
    }
}

/// `--lang`: the language of tryg's messages.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language of the messages: da (Danish) or en (English). Default: TRYG_LANG, then the repository's "
                + "tryg.json \"language\", then the locale (LC_ALL, LC_MESSAGES, LANG), then English.",
            valueName: "language"))
    var lang: Language?

    /// The language to speak, given the repository's own choice.
    func choose(repository: Language?) -> Language {
        Language.choose(flag: lang, environment: ProcessInfo.processInfo.environment, repository: repository)
    }

    /// The language to speak for work on `repository` (its tryg.json is read only when the command
    /// line and TRYG_LANG leave the choice open).
    func choose(for repository: Repository?) -> Language {
        let environment = ProcessInfo.processInfo.environment
        if lang != nil || environment["TRYG_LANG"].flatMap(Language.init(prefixOf:)) != nil {
            return choose(repository: nil)
        }
        return choose(repository: repository.flatMap(RepositoryConfig.language(in:)))
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// Usage mistakes, in the language the command line asks for (`--lang`, else `TRYG_LANG` or the
/// locale: the repository is not opened yet when arguments are checked).
enum Usage {
    static func error(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> ValidationError {
        ValidationError(Speaker.terminal(language).say(key, arguments))
    }

    static var language: Language {
        let arguments = CommandLine.arguments
        var flag: Language?
        for (i, argument) in arguments.enumerated() {
            if argument == "--lang", i + 1 < arguments.count { flag = Language(rawValue: arguments[i + 1]) }
            if argument.hasPrefix("--lang=") { flag = Language(rawValue: String(argument.dropFirst(7))) }
        }
        return Language.choose(flag: flag, environment: ProcessInfo.processInfo.environment, repository: nil)
    }
}
