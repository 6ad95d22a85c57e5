import ArgumentParser
import Foundation
import JSON
import JSONSchema
import Messages
import Strategy

/// `tryg schema`: JSON Schema tools that work on any files, outside git.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Work with JSON Schemas directly (draft 2020-12).",
        subcommands: [SchemaValidateCommand.self]
    )
}

/// `tryg schema validate`: validates files from disk against a schema, like check-jsonschema.
struct SchemaValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate JSON files against a JSON Schema (draft 2020-12).",
        discussion: """
            Reads the files from disk (not from git). Other *.json files in the schema's folder are \
            loaded when a $ref reaches them (by file name, or by an $id ending in it), so relative $refs \
            between schemas resolve; --ref-dir maps a base URI to a folder for schemas that refer to each \
            other by absolute $id. Nothing is ever fetched from a network. Long lists of files: \
            --files-from FILE (or - for standard input), one path a line, or NUL-separated with -0.
            Exit status: 0 when every file is valid, 1 when a file is invalid or not well-formed JSON, \
            2 when the schema or a file cannot be read or the schema is not valid.

            Examples:
              tryg schema validate --schema schemas/goal.schema.json strategy/goals/*.json
              tryg schema validate --schema s.json --ref-dir https://example.org/schemas/=schemas data.json
              tryg schema validate --schema s.json --assert-formats --format json a.json b.json
              git ls-files -z '*.json' | tryg schema validate --schema s.json --files-from - -0
            """
    )

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("The schema to validate against.", valueName: "file"))
    var schema: String

    @Option(
        name: .customLong("ref-dir"),
        help: ArgumentHelp(
            "Map a base URI to a folder of schemas (repeatable), e.g. https://example.org/s/=schemas.", valueName: "uri=dir"))
    var refDirs: [String] = []

    @Flag(help: "Treat `format` as an assertion (dates must be real dates, …), not only an annotation.")
    var assertFormats = false

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: OutputOptions.Format = .text

    @Option(help: ArgumentHelp("Colour: auto, always or never.", valueName: "when"))
    var color: OutputOptions.ColorChoice = .auto

    @Option(
        name: .customLong("files-from"),
        help: ArgumentHelp(
            "Also validate the files listed in this file, one path per line ('-': standard input).", valueName: "list"))
    var filesFrom: String?

    @Flag(
        name: [.customShort("0"), .customLong("null")],
        help: "The --files-from list is separated by NUL bytes, not lines (like xargs -0).")
    var nulSeparated = false

    @Argument(help: ArgumentHelp("The JSON files to validate.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        for mapping in refDirs where StandaloneValidation.RefDirectory(mapping: mapping) == nil {
            throw Usage.error("usage.ref-dir", ["value": .text(mapping)])
        }
        if nulSeparated, filesFrom == nil { throw Usage.error("usage.null-without-list") }
    }

    func run() throws {
        Session.language = language.choose(repository: nil)
        let paths = try files + listedFiles()
        if paths.isEmpty { throw Failure("schema-cli.no-files") }
        let report: StandaloneValidation.Report
        do {
            let validation = try StandaloneValidation(
                schemaPath: schema, refDirectories: refDirs.compactMap { StandaloneValidation.RefDirectory(mapping: $0) },
                assertFormats: assertFormats)
            report = try validation.validate(files: paths)
        } catch {
            throw Failure(error)
        }
        render(report)
        if DiagnosticCounts(report.diagnostics).errors > 0 { throw ExitCode(1) }
    }

    /// The paths of the --files-from list (none without one).
    private func listedFiles() throws -> [String] {
        guard let filesFrom else { return [] }
        let bytes: [UInt8]
        if filesFrom == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            do { bytes = try DiskFiles.read(filesFrom, limit: Int.max - 1) } catch { throw Failure(error) }
        }
        return DiskFiles.pathList(bytes, nulSeparated: nulSeparated)
    }

    private func render(_ report: StandaloneValidation.Report) {
        let diagnostics = report.diagnostics
        let counts = DiagnosticCounts(diagnostics)
        switch format {
        case .text:
            let useColor = color == .always || (color == .auto && Console.standardOutput.isTerminal && !Console.noColorRequested)
            let reporter = TextReporter(
                style: Style(enabled: useColor), sources: report.sources, speaker: .terminal(Session.language))
            Console.standardOutput.write(reporter.render(diagnostics))
            if !diagnostics.isEmpty { Console.standardOutput.write("\n") }
            Console.standardOutput.write(
                reporter.summary(filesChecked: report.filesChecked, counts, what: Message("snapshot.given-files")))
        case .json:
            Console.standardOutput.write(
                JSONReport(speaker: .plain(Session.language)).render(
                    diagnostics: diagnostics, filesChecked: report.filesChecked, snapshot: nil))
        case .github:
            Console.standardOutput.write(GitHubReporter(speaker: .plain(Session.language)).render(diagnostics))
        case .sarif:
            Console.standardOutput.write(SARIFReporter(speaker: .plain(Session.language)).render(diagnostics))
        case .codequality:
            Console.standardOutput.write(CodeQualityReporter(speaker: .plain(Session.language)).render(diagnostics))
        }
    }
}

extension SchemaValidateCommand {
    /// The options of `tryg schema validate` that take a value (the next argument, unless written
    /// `--name=value`). Kept beside the declarations above; a test checks that they agree.
    static let optionsWithValue: Set<String> = ["--lang", "--schema", "--ref-dir", "--format", "--color", "--files-from"]

    /// Takes the file operands of `tryg schema validate …` out of `arguments`, leaving the rest to
    /// ArgumentParser; nil for any other command.
    ///
    /// swift-argument-parser (1.8) copies the whole list each time it adds a value to a repeated
    /// argument, so 10,000 file names cost seconds and 100,000 minutes; split here, a file list
    /// costs what reading it costs. Everything after `--` is a file; an unknown option stays for
    /// ArgumentParser to reject.
    /// - Complexity: O(n) in the number of arguments.
    static func takeOperands(from arguments: inout [String]) -> [String]? {
        guard arguments.count > 2, arguments[0] == "schema", arguments[1] == "validate" else { return nil }
        var kept = Array(arguments[..<2])
        var operands: [String] = []
        var index = 2
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                operands += arguments[index...]
                break
            }
            if argument.hasPrefix("-"), argument != "-" {
                kept.append(argument)
                if optionsWithValue.contains(argument), index < arguments.count {
                    kept.append(arguments[index])
                    index += 1
                }
            } else {
                operands.append(argument)
            }
        }
        arguments = kept
        return operands
    }
}
