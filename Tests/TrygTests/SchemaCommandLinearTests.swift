import Foundation
import TestSupport
import Testing

/// End-to-end tests of how `tryg schema validate` takes its files: thousands of operands (taken
/// around ArgumentParser, which is quadratic in them), options anywhere among them, `--`, and
/// `--files-from` (a file or standard input, lines or NUL-separated). Speed is measured in the
/// README's figures, not here.
@Suite("tryg schema validate: file lists")
struct SchemaCommandLinearTests {
    static let schema = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "required": ["name"]}"#

    /// A temporary folder with the schema `s.json` and `count` valid files `f<N>.json`, plus `extra`.
    func folder(count: Int, extra: [String: String] = [:]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tryg-list-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        var files = extra
        files["s.json"] = Self.schema
        for n in 0..<count { files["f\(n).json"] = "{\"name\": \"\(n)\"}" }
        for (name, content) in files {
            let url = URL(fileURLWithPath: path + "/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return path
    }

    func tryg(_ arguments: [String], in directory: String, input: String? = nil) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, ["schema", "validate"] + arguments, in: directory, input: input)
    }

    @Test("3,000 file operands with options before, among and after them")
    func manyOperands() throws {
        let dir = try folder(count: 3_000, extra: ["bad.json": "{}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = (0..<3_000).map { "f\($0).json" }
        let arguments =
            ["--schema", "s.json"] + files[..<1_500] + ["--format", "json", "bad.json"] + files[1_500...]
            + ["--color=never"]
        let result = try tryg(Array(arguments), in: dir)
        #expect(result.status == 1, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["filesChecked"] as? Int == 3_001, "\(result.stdout.prefix(300))")
        let paths = (report?["diagnostics"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == ["bad.json"])
    }

    @Test("every option that takes a value takes it after file operands too")
    func optionsAmongOperands() throws {
        let dir = try folder(count: 2, extra: ["list.txt": "f1.json\n", "defs/d.json": "{}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let help = try tryg(["--help"], in: dir).stdout
        // The options the help shows with a value, e.g. "--format <format>".
        let shown = Set(
            help.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(separator: " ")
                guard let i = words.firstIndex(where: { $0.hasPrefix("--") }), i + 1 < words.count, words[i + 1].hasPrefix("<")
                else { return nil }
                return String(words[i].trimmingCharacters(in: CharacterSet(charactersIn: ",")))
            })
        let cases: [String: [String]] = [
            "--schema": ["--schema", "s.json"], "--format": ["--format", "json"], "--color": ["--color", "never"],
            "--ref-dir": ["--ref-dir", "https://example.org/=defs"], "--files-from": ["--files-from", "list.txt"],
            "--lang": ["--lang", "da"],
        ]
        #expect(shown == Set(cases.keys), "the help shows options with values that this test does not cover: \(shown)")
        for (option, words) in cases {
            let schema = option == "--schema" ? [] : ["--schema", "s.json"]
            let result = try tryg(schema + ["f0.json"] + words + ["f1.json"], in: dir)
            #expect(result.status == 0, "\(option): \(result)")
        }
    }

    @Test("after --, every argument is a file, even one that begins with a dash")
    func terminator() throws {
        let dir = try folder(count: 1, extra: ["-x.json": "{}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(["--schema", "s.json", "f0.json", "--", "-x.json"], in: dir)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("-x.json:1:1: error: "), "\(result)")
        #expect(result.stdout.contains("checked 2 files"), "\(result)")
    }

    @Test("--files-from: a list file, standard input, NUL-separated names, together with operands")
    func filesFrom() throws {
        let odd = "odd\nname.json"
        let dir = try folder(count: 3, extra: ["list.txt": "f0.json\n\nf1.json\n", odd: "{}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fromFile = try tryg(["--schema", "s.json", "--files-from", "list.txt", "f2.json"], in: dir)
        #expect(fromFile.status == 0 && fromFile.stdout.contains("checked 3 files"), "\(fromFile)")
        let fromInput = try tryg(["--schema", "s.json", "--files-from", "-"], in: dir, input: "f0.json\nf2.json\n")
        #expect(fromInput.status == 0 && fromInput.stdout.contains("checked 2 files"), "\(fromInput)")
        let nul = try tryg(["--schema", "s.json", "--files-from", "-", "-0"], in: dir, input: "f1.json\u{0}\(odd)\u{0}")
        #expect(nul.status == 1, "\(nul)")
        #expect(nul.stdout.contains("checked 2 files") && nul.stdout.contains("name.json:1:1: error: "), "\(nul)")
        let longNull = try tryg(["--schema", "s.json", "--null", "--files-from", "-"], in: dir, input: "f1.json\u{0}")
        #expect(longNull.status == 0, "\(longNull)")
    }

    @Test("no files at all, --null without a list, or an unreadable list: exit 2 with one sentence")
    func mistakes() throws {
        let dir = try folder(count: 1)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let none = try tryg(["--schema", "s.json"], in: dir)
        #expect(none.status == 2, "\(none)")
        #expect(none.stderr == "tryg: error: name at least one file to validate, or a list with --files-from\n", "\(none)")
        let emptyList = try tryg(["--schema", "s.json", "--files-from", "-"], in: dir, input: "")
        #expect(emptyList.status == 2, "\(emptyList)")
        let null = try tryg(["--schema", "s.json", "-0", "f0.json"], in: dir)
        #expect(null.status == 2 && null.stderr.contains("--null applies to --files-from"), "\(null)")
        let missing = try tryg(["--schema", "s.json", "--files-from", "nope.txt"], in: dir)
        #expect(missing.stderr == "tryg: error: cannot read nope.txt: no such file, or no permission\n", "\(missing)")
        let unknown = try tryg(["--schema", "s.json", "--bogus", "f0.json"], in: dir)
        #expect(unknown.status == 2 && unknown.stderr.contains("--bogus"), "\(unknown)")
    }
}
