import Foundation
import TestSupport
import Testing

/// `tryg new`, `rename`, `end`, `merge`, `owners` and `fmt` end to end, on temporary clones of this
/// repository's real content: the exact files each command writes and what it prints are compared
/// with golden files (re-record with `TRYG_RECORD=1 swift test`; a recording run fails on purpose).
@Suite("Authoring commands (end to end)")
struct AuthoringCommandTests {
    static let golden = Locations.packageRoot + "/Tests/TrygTests/Golden/authoring"
    static var recording: Bool { ProcessInfo.processInfo.environment["TRYG_RECORD"] == "1" }

    /// Runs tryg in the repository in the repository's own language (Danish: tryg.json says so).
    static func tryg(_ arguments: [String], in repo: TemporaryRepository, input: String? = nil) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, arguments, in: repo.path, environment: ["TRYG_LANG": ""], input: input)
    }

    /// The files git sees as changed or new, sorted.
    static func changedFiles(_ repo: TemporaryRepository) throws -> [String] {
        try repo.git(["status", "--porcelain", "--untracked-files=all"]).split(separator: "\n").map { String($0.dropFirst(3)) }
            .sorted()
    }

    /// One command on the real content, with the exit status it must give.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "new-initiative",
            arguments: [
                "new", "initiative", "Tryg i nattelivet 2.0", "--goal", "1", "--owner", "Nordjyllands Politi",
                "--owner", "Skoleforvaltningen", "--from", "2021-03-01", "--cooperation", "Natteravnene",
                "--description", "Nattelivet i Jomfru Ane Gade, videreført", "--source", "Test source.",
            ]),
        Case(name: "new-report", arguments: ["new", "report", "Forebyggelsesseminarer", "2018"]),
        Case(
            name: "new-goal",
            arguments: [
                "new", "goal", "Trygge boligområder", "--text", "Flere skal føle sig trygge, hvor de bor",
                "--text-en", "More people feel safe where they live", "--force",
            ]),
        Case(name: "new-unit", arguments: ["new", "unit", "Aalborg Kommune", "Kultur- og Fritidsforvaltningen"]),
        Case(name: "rename", arguments: ["rename", "tryg-bydel", "Trygge bydele", "--on", "2020-01-01"]),
        Case(
            name: "end",
            arguments: [
                "end", "tryg-bydel", "--on", "2020-12-31", "--reason", "Indsatsen er ført videre i den almindelige drift.",
            ]),
        Case(
            name: "merge",
            arguments: ["merge", "introforloeb-for-flygtninge", "--into", "socialt-udsatte-i-byens-rum", "--on", "2019-12-31"]),
        Case(name: "owners-add", arguments: ["owners", "tryg-bydel", "--add", "Skoleforvaltningen", "--on", "2019-01-01"]),
        Case(name: "owners-remove", arguments: ["owners", "formidling", "--remove", "region-nordjylland-psykiatrien"]),
    ]

    @Test("each command writes exactly the golden files and prints the golden text", arguments: cases)
    func goldenFiles(_ command: Case) throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let result = try Self.tryg(command.arguments + ["--as-of", "2018-06-01"], in: repo)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let folder = Self.golden + "/" + command.name
        let changed = try Self.changedFiles(repo)
        #expect(!changed.isEmpty)
        if Self.recording {
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: folder + "/stdout"))
            for path in changed {
                let target = URL(fileURLWithPath: folder + "/files/" + path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contentsOf: URL(fileURLWithPath: repo.path + "/" + path)).write(to: target)
            }
            Issue.record("recorded \(folder); run the tests again without TRYG_RECORD")
            return
        }
        #expect(result.stdout == (try String(contentsOfFile: folder + "/stdout", encoding: .utf8)))
        let expected = (FileManager.default.enumerator(atPath: folder + "/files")?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix("/") && FileManager.default.isReadableFile(atPath: folder + "/files/" + $0) }
            .filter {
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: folder + "/files/" + $0, isDirectory: &isFolder)
                return !isFolder.boolValue
            }
            .sorted()
        #expect(changed == expected)
        for path in expected {
            let actual = try String(contentsOfFile: repo.path + "/" + path, encoding: .utf8)
            #expect(actual == (try String(contentsOfFile: folder + "/files/" + path, encoding: .utf8)), "\(path) differs")
        }
        // What the command wrote is canonical and valid: fmt --check agrees, validate finds no error.
        #expect(try Self.tryg(["fmt", "--check"], in: repo).status == 0)
        let check = try Self.tryg(["validate", "--as-of", "2018-06-01"], in: repo)
        #expect(check.status == (command.arguments.contains("--force") ? 1 : 0), "\(check)")
    }

    @Test("an end that leaves a department without an initiative is refused: findings, exit 1, nothing written")
    func refusal() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let arguments = ["end", "tryghedsvandringer", "--on", "2019-12-31", "--reason", "Slut.", "--as-of", "2022-06-01"]
        let refused = try Self.tryg(arguments, in: repo)
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stdout.contains(
                "strategy/partners/aalborg-kommune.json:9:15: fejl: By- og Landskabsforvaltningen (Aalborg Kommune) ejer ingen igangværende indsats fra 1. januar 2020 til 31. december 2021 [unit-coverage]"
            ),
            "\(refused)")
        #expect(
            refused.stdout.hasSuffix(
                "intet er skrevet: ændringen ville give 1 fejl, som arbejdsmappen ikke har (--force skriver alligevel)\n"),
            "\(refused)")
        #expect(try Self.changedFiles(repo) == [])

        let forced = try Self.tryg(arguments + ["--force"], in: repo)
        #expect(forced.status == 0, "\(forced)")
        #expect(forced.stdout.contains("skrevet med --force trods 1 ny fejl"), "\(forced)")
        #expect(try Self.changedFiles(repo) == ["strategy/initiatives/tryghedsvandringer.json"])
        #expect(try Self.tryg(["validate", "--as-of", "2022-06-01"], in: repo).status == 1)
    }

    @Test("a read-only folder: one clear sentence, exit 2, nothing half-written and no temporary file left")
    func readOnlyFolder() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let folder = repo.path + "/strategy/initiatives"
        let root = getuid() == 0
        let lock =
            root
            ? try runProcess("/usr/bin/chattr", ["+i", folder])
            : try runProcess("/bin/chmod", ["555", folder])
        try #require(lock.status == 0, "cannot make the folder read-only here: \(lock)")
        defer { _ = try? runProcess(root ? "/usr/bin/chattr" : "/bin/chmod", root ? ["-i", folder] : ["755", folder]) }
        let result = try Self.tryg(
            ["merge", "introforloeb-for-flygtninge", "--into", "socialt-udsatte-i-byens-rum", "--on", "2019-12-31"], in: repo)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("tryg: fejl: kunne ikke skrive "), "\(result)")
        #expect(result.stderr.hasSuffix("intet er ændret\n") && result.stderr.split(separator: "\n").count == 1, "\(result)")
        #expect(try Self.changedFiles(repo) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".tryg-") } == [])
    }

    @Test(
        "bad input: one sentence on standard error, exit 2, nothing written",
        arguments: [
            (
                ["rename", "tryg-bydl", "X", "--on", "2020-01-01"],
                #"tryg: fejl: der findes ingen indsats "tryg-bydl" (mente du "tryg-bydel"?)"#
            ),
            (
                ["new", "initiative", "Tryg Bydel!", "--goal", "1", "--owner", "politi", "--from", "2020-01-01"],
                #"tryg: fejl: id'et "tryg-bydel" er optaget: der findes allerede en fil med det; vælg et andet navn, eller angiv et ledigt id, f.eks. --id tryg-bydel-2"#
            ),
            (
                [
                    "new", "initiative", "Drop-out-elever – en styrket indsats", "--goal", "høj tryghed", "--owner",
                    "Nordjyllands Politi", "--from", "2020-01-01",
                ],
                #"tryg: fejl: id'et "drop-out-elever-en-styrket-indsats" er optaget (drop-out-elever har eller har haft det; id'er genbruges aldrig): vælg et andet navn, eller angiv et ledigt id, f.eks. --id drop-out-elever-en-styrket-indsats-2"#
            ),
            (
                ["new", "initiative", "Ny", "--goal", "mål 9", "--owner", "politi", "--from", "2020-01-01"],
                #"tryg: fejl: der findes intet mål "mål 9"; de gyldige er: boern-og-unges-trivsel, hoej-tryghed, meningsfuld-hverdag, mindre-utryghedsskabende-adfaerd, social-baeredygtighed"#
            ),
            (
                ["end", "tryg-bydel", "--on", "2020-02-30", "--reason", "x"],
                #"tryg: fejl: --on "2020-02-30" er ikke en dato: skriv den ÅÅÅÅ-MM-DD, f.eks. 2021-03-01"#
            ),
            (
                ["end", "tryg-bydel", "--on", "2010-01-01", "--reason", "x"],
                "tryg: fejl: 1. januar 2010 ligger før indsatsens første dag (1. januar 2018)"
            ),
            (
                ["merge", "tryg-bydel", "--into", "Tryg Bydel", "--on", "2020-01-01"],
                "tryg: fejl: en indsats kan ikke lægges sammen med sig selv (tryg-bydel)"
            ),
            (
                ["merge", "tryg-bydel", "--into", "brobygningsforloeb", "--on", "2020-01-01"],
                "tryg: fejl: brobygningsforloeb er ikke igangværende efter den dag: læg indsatsen sammen med en, der fortsætter"
            ),
            (
                ["end", "dit-kvarter", "--on", "2020-01-01", "--reason", "x"],
                #"tryg: fejl: “Dit Kvarter” er allerede afsluttet (status "merged")"#
            ),
            (
                ["owners", "tryg-bydel", "--add", "Nordjyllands Politi"],
                "tryg: fejl: nordjyllands-politi ejer allerede “Tryg Bydel”"
            ),
            (
                ["new", "initiative", "Ny indsats"],
                "tryg: fejl: mangler --goal, --owner og --from: tryg spørger kun om dem på en terminal"
            ),
            (["rename", "tryg-bydel", "Nyt navn"], "tryg: fejl: mangler --on: tryg spørger kun om dem på en terminal"),
        ])
    func badInput(_ arguments: [String], _ message: String) throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let result = try Self.tryg(arguments, in: repo, input: "")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == message + "\n", "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(try Self.changedFiles(repo) == [])
    }

    @Test("English on request")
    func english() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let result = try Self.tryg(["rename", "tryg-bydel", "Trygge bydele", "--on", "2020-01-01", "--lang", "en"], in: repo)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.hasPrefix(
                "renamed: “Tryg Bydel” → “Trygge bydele” from 2020-01-01 (“Tryg Bydel” recorded as a former name until 2019-12-31)\n"
            ), "\(result)")
        let missing = try Self.tryg(["end", "tryg-bydel", "--lang", "en"], in: repo, input: "")
        #expect(missing.stderr == "tryg: error: missing --on and --reason: tryg asks for them only on a terminal\n", "\(missing)")
    }

    @Test("--commit commits only the changed files on the current branch; other staged changes stay staged")
    func commit() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        try repo.write("notes.txt", "staged, not part of the edit\n")
        try repo.git(["add", "notes.txt"])
        let result = try Self.tryg(["rename", "tryg-bydel", "Trygge bydele", "--on", "2020-01-01", "--commit"], in: repo)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("på main: Omdøb tryg-bydel til “Trygge bydele”"), "\(result)")
        #expect(try repo.git(["log", "-1", "--format=%s"]) == "Omdøb tryg-bydel til “Trygge bydele”\n")
        #expect(try repo.git(["show", "--name-only", "--format=", "HEAD"]) == "strategy/initiatives/tryg-bydel.json\n")
        #expect(try repo.git(["status", "--porcelain"]) == "A  notes.txt\n")
        #expect(try repo.git(["show", "HEAD:strategy/initiatives/tryg-bydel.json"]).contains("\"name\": \"Trygge bydele\""))

        try repo.git(["checkout", "-q", "--detach"])
        let detached = try Self.tryg(["end", "tryg-bydel", "--on", "2020-12-31", "--reason", "x", "--commit"], in: repo)
        #expect(detached.status == 2, "\(detached)")
        #expect(detached.stderr.hasPrefix("tryg: fejl: HEAD peger ikke på en gren"), "\(detached)")
        #expect(try repo.git(["status", "--porcelain"]) == "A  notes.txt\n")
    }

    @Test("fmt --check: this repository's own content is canonical")
    func repositoryIsCanonical() throws {
        let result = try runProcess(Locations.trygBinary, ["fmt", "--check", "-C", Locations.packageRoot, "--lang", "en"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("0 of "), "\(result)")
    }

    @Test("fmt rewrites a file in the canonical style, keeps its values, and a second run changes nothing")
    func fmtRewrites() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let path = "strategy/goals/hoej-tryghed.json"
        let original = try String(contentsOfFile: repo.path + "/" + path, encoding: .utf8)
        let scrambled =
            "\u{FEFF}{\"sources\": [{\"note\": \"Goal 1 as listed in case 2018-021871; the goals of Version 1 are kept unchanged in Version 2 ('Målene fastholdes').\", \"kind\": \"seed\"}],"
            + "\"text\":{\"en\":\"Citizens of Aalborg Kommune continue to experience a high level of safety\",\"da\":\"Borgerne i Aalborg Kommune skal fortsat opleve en h\\u00f8j tryghed\"},"
            + "\"name\":\"Høj tryghed\",\"number\":1,\"id\":\"hoej-tryghed\",\"$schema\":\"../../schemas/goal.schema.json\","
            + "\"assumptions\":[{\"note\":\"Short display name chosen by the editors; the strategy itself gives only the goal's text.\",\"kind\":\"chosen\",\"field\":\"/name\"},"
            + "{\"field\":\"/text/en\",\"kind\":\"chosen\",\"note\":\"English rendering written by the editors; only the Danish text is adopted.\"}]}"
        try repo.write(path, scrambled)
        let check = try Self.tryg(["fmt", "--check", "--lang", "en"], in: repo)
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout == "\(path)\n1 of 47 files are not in the canonical style\n", "\(check)")
        let run = try Self.tryg(["fmt", "strategy/goals", "--lang", "en"], in: repo)
        #expect(run.status == 0, "\(run)")
        #expect(try String(contentsOfFile: repo.path + "/" + path, encoding: .utf8) == original)
        #expect(try Self.tryg(["fmt", "--check"], in: repo).status == 0)
        #expect(try Self.changedFiles(repo) == [])
    }
}
