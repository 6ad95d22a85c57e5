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
            other by absolute $id. Nothing is ever fetched from a network.
            Exit status: 0 when every file is valid, 1 when a file is invalid or not well-formed JSON, \
            2 when the schema or a file cannot be read or the schema is not valid.

            Examples:
              tryg schema validate --schema schemas/goal.schema.json strategy/goals/*.json
              tryg schema validate --schema s.json --ref-dir https://example.org/schemas/=schemas data.json
              tryg schema validate --schema s.json --assert-formats --format json a.json b.json
            """
    )

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("The schema to validate against.", valueName: "file"))
    var schema: String

    @Option(
        name: .customLong("ref-dir"),
        help: ArgumentHelp("Map a base URI to a folder of schemas (repeatable), e.g. https://example.org/s/=schemas.", valueName: "uri=dir"))
    var refDirs: [String] = []

    @Flag(help: "Treat `format` as an assertion (dates must be real dates, …), not only an annotation.")
    var assertFormats = false

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: OutputOptions.Format = .text

    @Option(help: ArgumentHelp("Colour: auto, always or never.", valueName: "when"))
    var color: OutputOptions.ColorChoice = .auto

    @Argument(help: ArgumentHelp("The JSON files to validate.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw Usage.error("usage.no-files") }
        for mapping in refDirs where StandaloneValidation.RefDirectory(mapping: mapping) == nil {
            throw Usage.error("usage.ref-dir", ["value": .text(mapping)])
        }
    }

    func run() throws {
        Session.language = language.choose(repository: nil)
        let report: StandaloneValidation.Report
        do {
            let validation = try StandaloneValidation(
                schemaPath: schema, refDirectories: refDirs.compactMap { StandaloneValidation.RefDirectory(mapping: $0) },
                assertFormats: assertFormats)
            report = try validation.validate(files: files)
        } catch {
            throw Failure(error)
        }
        render(report)
        if DiagnosticCounts(report.diagnostics).errors > 0 { throw ExitCode(1) }
    }

    private func render(_ report: StandaloneValidation.Report) {
        let diagnostics = report.diagnostics
        let counts = DiagnosticCounts(diagnostics)
        switch format {
        case .text:
            let useColor = color == .always || (color == .auto && Console.standardOutput.isTerminal && !Console.noColorRequested)
            let reporter = TextReporter(style: Style(enabled: useColor), sources: report.sources, speaker: .terminal(Session.language))
            Console.standardOutput.write(reporter.render(diagnostics))
            if !diagnostics.isEmpty { Console.standardOutput.write("\n") }
            Console.standardOutput.write(reporter.summary(filesChecked: report.filesChecked, counts, what: Message("snapshot.given-files")))
        case .json:
            Console.standardOutput.write(
                JSONReport(speaker: .plain(Session.language)).render(diagnostics: diagnostics, filesChecked: report.filesChecked, snapshot: nil))
        case .github:
            Console.standardOutput.write(GitHubReporter(speaker: .plain(Session.language)).render(diagnostics))
        case .sarif:
            Console.standardOutput.write(SARIFReporter(speaker: .plain(Session.language)).render(diagnostics))
        case .codequality:
            Console.standardOutput.write(CodeQualityReporter(speaker: .plain(Session.language)).render(diagnostics))
        }
    }
}
