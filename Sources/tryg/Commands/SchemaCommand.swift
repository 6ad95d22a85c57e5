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
            Reads the files from disk (not from git). Other schema files in the schema's folder are \
            loaded too, so relative $refs between them resolve; --ref-dir maps a base URI to a folder \
            for schemas that refer to each other by absolute $id. Nothing is ever fetched from a network.
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
        for mapping in refDirs where !mapping.contains("=") {
            throw Usage.error("usage.ref-dir", ["value": .text(mapping)])
        }
    }

    func run() throws {
        Session.language = language.choose(repository: nil)
        let (compiled, hints) = try loadSchema()
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        for path in files {
            let source = SourceText(bytes: try FileLoader.read(path))
            sources[path] = source
            diagnostics += StandaloneValidation.check(source, path: path, schema: compiled, hints: hints)
        }
        diagnostics = Diagnostic.sortedForOutput(diagnostics)
        let counts = DiagnosticCounts(diagnostics)
        switch format {
        case .text:
            let useColor = color == .always || (color == .auto && Console.standardOutput.isTerminal && !Console.noColorRequested)
            let reporter = TextReporter(style: Style(enabled: useColor), sources: sources, speaker: .terminal(Session.language))
            Console.standardOutput.write(reporter.render(diagnostics))
            if !diagnostics.isEmpty { Console.standardOutput.write("\n") }
            Console.standardOutput.write(reporter.summary(filesChecked: files.count, counts, what: Message("snapshot.given-files")))
        case .json:
            Console.standardOutput.write(
                JSONReport(speaker: .plain(Session.language)).render(diagnostics: diagnostics, filesChecked: files.count, snapshot: nil))
        case .github:
            Console.standardOutput.write(GitHubReporter(speaker: .plain(Session.language)).render(diagnostics))
        case .sarif:
            Console.standardOutput.write(SARIFReporter(speaker: .plain(Session.language)).render(diagnostics))
        case .codequality:
            Console.standardOutput.write(CodeQualityReporter(speaker: .plain(Session.language)).render(diagnostics))
        }
        if counts.errors > 0 { throw ExitCode(1) }
    }

    /// Registers the schema, its sibling files and the --ref-dir folders, and compiles the schema.
    private func loadSchema() throws -> (Schema, SchemaHints) {
        var loaded: [(uri: String, document: JSONDocument)] = []
        var options = SchemaOptions()
        options.assertFormats = assertFormats
        let registry = SchemaRegistry(options: options)
        let schemaURL = URL(fileURLWithPath: schema).standardizedFileURL
        let mainDocument = try FileLoader.parse(schemaURL.path)
        // Siblings first, so a relative $ref to them resolves; problems in them surface only if referenced.
        for sibling in FileLoader.jsonFiles(in: schemaURL.deletingLastPathComponent().path) where sibling != schemaURL.path {
            if let document = try? FileLoader.parse(sibling) {
                try? registry.add(document, uri: URL(fileURLWithPath: sibling).absoluteString)
                loaded.append((URL(fileURLWithPath: sibling).absoluteString, document))
            }
        }
        for mapping in refDirs {
            guard let equals = mapping.firstIndex(of: "=") else { continue }
            let base = String(mapping[..<equals])
            let folder = URL(fileURLWithPath: String(mapping[mapping.index(after: equals)...])).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: folder) else {
                throw Failure("schema-cli.no-ref-dir", ["folder": .text(folder)])
            }
            for file in FileLoader.jsonFiles(in: folder, recursive: true) {
                let relative = String(file.dropFirst(folder.count + 1))
                guard let document = try? FileLoader.parse(file) else { continue }
                loaded.append((base + relative, document))
                do {
                    try registry.add(document, uri: base + relative)
                } catch {
                    throw Failure("schema-cli.bad-ref-schema", ["file": .text(file), "reason": .text(error.message)])
                }
            }
        }
        do {
            try registry.add(mainDocument, uri: schemaURL.absoluteString)
            loaded.append((schemaURL.absoluteString, mainDocument))
            return (try registry.compile(uri: schemaURL.absoluteString), SchemaHints(schemas: loaded))
        } catch {
            let location = error.offset.map { " at " + mainDocument.location(ofOffset: $0).description } ?? ""
            throw Failure("schema-cli.invalid-schema", ["schema": .text(schema + location), "reason": .text(error.message)])
        }
    }
}

/// Validation of one standalone file against a compiled schema.
enum StandaloneValidation {
    static func check(_ source: SourceText, path: String, schema: Schema, hints: SchemaHints) -> [Diagnostic] {
        let document: JSONDocument
        do {
            document = try JSONParser().parse(source)
        } catch {
            return [Diagnostic(severity: .error, code: "syntax", message: error.text, path: path,
                               location: source.location(ofOffset: error.offset))]
        }
        // The JSON standard permits duplicate keys, so here they are a warning only.
        var found = document.duplicateKeys.map { duplicate in
            Diagnostic(severity: .warning, code: "duplicate-key",
                       message: Message("schema-cli.duplicate-key", ["key": .text(duplicate.key)]),
                       path: path, location: document.location(ofOffset: duplicate.offset))
        }
        found += schema.validate(document.root).map { Diagnostic(schemaError: $0, path: path, document: document, hints: hints) }
        return found
    }
}

/// Reading files from disk for the commands that work outside git.
enum FileLoader {
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw Failure("schema-cli.is-folder", ["path": .text(path)])
            }
            throw Failure("schema-cli.unreadable", ["path": .text(path)])
        }
        return [UInt8](data)
    }

    static func parse(_ path: String) throws -> JSONDocument {
        let source = SourceText(bytes: try read(path))
        do {
            return try JSONParser().parse(source)
        } catch {
            throw Failure(
                "schema-cli.not-json", ["place": .text("\(path):\(source.location(ofOffset: error.offset))"), "reason": .message(error.text)])
        }
    }

    /// The `*.json` files in a folder (sorted), optionally in its subfolders too.
    static func jsonFiles(in folder: String, recursive: Bool = false) -> [String] {
        let manager = FileManager.default
        let names: [String]
        if recursive {
            names = (manager.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        } else {
            names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
}
