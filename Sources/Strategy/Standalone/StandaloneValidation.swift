import JSON
import JSONSchema
import Messages

/// Validation of files from disk against one JSON Schema, outside git: the use case behind
/// `tryg schema validate`, like check-jsonschema.
///
/// Syntax problems are reported as the strategy's validation reports them
/// (``DocumentCache/Entry/syntaxDiagnostics(path:)``), except that a duplicate key is a warning
/// here: the JSON standard permits them, and these files need not be strategy content.
public struct StandaloneValidation {
    /// A base URI mapped to a folder of schemas (`--ref-dir URI=DIR`).
    public struct RefDirectory: Sendable {
        public var base: String
        public var folder: String

        public init(base: String, folder: String) {
            self.base = base
            self.folder = folder
        }

        /// Reads `URI=DIR`; nil when there is no `=`.
        public init?(mapping: String) {
            guard let equals = mapping.firstIndex(of: "=") else { return nil }
            self.init(base: String(mapping[..<equals]), folder: String(mapping[mapping.index(after: equals)...]))
        }
    }

    /// What validating the files found.
    public struct Report {
        /// Every finding, sorted for output.
        public var diagnostics: [Diagnostic]
        /// The text of each file with a finding (for quoting lines); files without one are not kept.
        public var sources: [String: SourceText]
        /// How many files were checked.
        public var filesChecked: Int
    }

    /// The compiled schema.
    public let schema: Schema
    /// How many files beside the schema were parsed while loading it (those its references reach).
    public let siblingsParsed: Int
    /// The hints for the schema's findings (``SchemaHints``).
    let hints: SchemaHints

    /// Loads and compiles the schema at `schemaPath`, with the siblings it refers to and the
    /// `--ref-dir` folders.
    /// - Throws: ``StrategyError`` when the schema cannot be read, parsed or compiled.
    public init(schemaPath: String, refDirectories: [RefDirectory] = [], assertFormats: Bool = false)
        throws(StrategyError)
    {
        var options = SchemaOptions()
        options.assertFormats = assertFormats
        var loader = StandaloneSchemaLoader(schemaPath: schemaPath, refDirectories: refDirectories, options: options)
        (schema, hints) = try loader.load()
        siblingsParsed = loader.siblingsParsed
    }

    /// Reads and checks every file, in order.
    /// - Throws: ``StrategyError`` when a file cannot be read (tryg could not do its job).
    public func validate(files: [String]) throws(StrategyError) -> Report {
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        for path in files {
            let source = SourceText(bytes: try DiskFiles.read(path))
            let found = check(source, path: path)
            if !found.isEmpty {
                sources[path] = source
                diagnostics += found
            }
        }
        return Report(diagnostics: Diagnostic.sortedForOutput(diagnostics), sources: sources, filesChecked: files.count)
    }

    /// The findings of one file: its syntax, then the schema.
    public func check(_ source: SourceText, path: String) -> [Diagnostic] {
        let entry: DocumentCache.Entry
        do {
            entry = .parsed(try JSONParser().parse(source))
        } catch {
            entry = .invalid(error, source)
        }
        var found = entry.syntaxDiagnostics(path: path).map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.code == "duplicate-key" { diagnostic.severity = .warning }
            return diagnostic
        }
        if let document = entry.document {
            found += schema.validate(document.root).map { Diagnostic(schemaError: $0, path: path, document: document, hints: hints) }
        }
        return found
    }
}

extension StrategyError {
    /// A file that cannot be opened or read.
    static func unreadable(_ path: String) -> StrategyError {
        StrategyError(Message("schema-cli.unreadable", ["path": .text(path)]))
    }

    /// A path that names a folder.
    static func isFolder(_ path: String) -> StrategyError {
        StrategyError(Message("schema-cli.is-folder", ["path": .text(path)]))
    }
}
