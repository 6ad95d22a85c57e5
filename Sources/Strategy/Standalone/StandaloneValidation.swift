import Dispatch
import Foundation
import JSON
import JSONSchema
import Messages

/// Validation of files from disk against one JSON Schema, outside git: the use case behind
/// `tryg schema validate`, like check-jsonschema.
///
/// Syntax problems are reported as the strategy's validation reports them
/// (``DocumentCache/Entry/syntaxDiagnostics(path:)``), except that a duplicate key is a warning
/// here: the JSON standard permits them, and these files need not be strategy content.
public struct StandaloneValidation: Sendable {
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
    public struct Report: Sendable {
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

    /// Reads and checks every file, on all cores when there are many.
    ///
    /// Files are checked in chunks, each chunk in order; the report is the same as checking them one
    /// after the other (findings sorted, and of several unreadable files the first named is reported).
    /// - Throws: ``StrategyError`` when a file cannot be read (tryg could not do its job).
    public func validate(files: [String]) throws(StrategyError) -> Report {
        let chunks = Self.chunks(of: files.count)
        let parts = PartResults(count: chunks.count)
        if chunks.count == 1 {
            parts.set(0, checkFiles(files[...]))
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                parts.set(chunk, checkFiles(files[chunks[chunk]]))
            }
        }
        var report = Report(diagnostics: [], sources: [:], filesChecked: files.count)
        for part in parts.all {
            let part = try part.get()
            report.diagnostics += part.diagnostics
            report.sources.merge(part.sources) { first, _ in first }
        }
        report.diagnostics = Diagnostic.sortedForOutput(report.diagnostics)
        return report
    }

    /// Below this many files, one thread checks them all.
    static let filesPerChunk = 256

    /// Ranges of file indices, a few per core, or one range for few files.
    static func chunks(of count: Int) -> [Range<Int>] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count >= 2 * filesPerChunk, cores > 1 else { return [0..<count] }
        let chunkCount = min(cores * 4, count / filesPerChunk)
        return (0..<chunkCount).map { i in count * i / chunkCount..<count * (i + 1) / chunkCount }
    }

    /// The findings of some files, in order, and the text of those with findings; stops at the first
    /// file that cannot be read.
    private func checkFiles(_ paths: ArraySlice<String>) -> Result<Report, StrategyError> {
        var part = Report(diagnostics: [], sources: [:], filesChecked: paths.count)
        for path in paths {
            let source: SourceText
            do { source = SourceText(bytes: try DiskFiles.read(path)) } catch { return .failure(error) }
            let found = check(source, path: path)
            if !found.isEmpty {
                part.sources[path] = source
                part.diagnostics += found
            }
        }
        return .success(part)
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
            found += schema.validate(document.root).map {
                Diagnostic(schemaViolation: $0, path: path, document: document, hints: hints)
            }
        }
        return found
    }
}

/// The results of the chunks of ``StandaloneValidation/validate(files:)``, each set once by the
/// thread that checked it.
private final class PartResults: @unchecked Sendable {  // every access holds the lock
    private let lock = NSLock()
    private var slots: [Result<StandaloneValidation.Report, StrategyError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<StandaloneValidation.Report, StrategyError>) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
    }

    /// The results in chunk order (every chunk has set its own by then).
    var all: [Result<StandaloneValidation.Report, StrategyError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
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
