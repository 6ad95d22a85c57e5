import Foundation
import Site
import TestSupport
import Testing

/// `tryg site` end to end with the built binary: refusing content with errors, writing atomically,
/// labelling assumptions, and the preview banner.
@Suite("Site: the command and its output folder")
struct SiteCommandTests {
    func tryg(_ arguments: [String], in folder: String) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, arguments, in: folder)
    }

    static let assumed = """
        {"$schema": "../../schemas/initiative.schema.json", "id": "vandring", "name": "Tryghedsvandring",
         "status": "active", "period": {"from": "2018-01-01"}, "goals": ["maal-1"], "owners": ["politi"],
         "sources": [{"kind": "seed", "note": "Named in the case."}],
         "assumptions": [{"field": "/owners/0", "kind": "inferred", "note": "No page names the owner; the police is inferred."},
                         {"field": "/period/from", "kind": "chosen", "note": "The first day of the period is chosen."}]}
        """

    @Test("an assumed fact is labelled where it stands and explained in Om oplysningerne")
    func assumptionLabelled() throws {
        let repo = try SiteFixture.repository(SiteFixture.minimalContent(initiatives: ["vandring": Self.assumed]))
        let files = try SiteFixture.build(repo)
        let page = SiteFixture.text(files, "indsatser/vandring.html")
        #expect(
            page.contains(
                "<dt>Ejere</dt>\n<dd><a href=\"../partnere/politi.html\">Politiet</a> <a class=\"mark mark-inferred\" href=\"#antagelse-1\">udledt, se note 1</a></dd>"
            ), "\(page)")
        #expect(
            page.contains("<dd>Fra 1. januar 2018 <a class=\"mark mark-chosen\" href=\"#antagelse-2\">valgt, se note 2</a></dd>"))
        #expect(
            page.contains(
                "<li id=\"antagelse-1\"><p><span class=\"tag tag-inferred\">Udledt</span> <strong>ejere, nr. 1</strong> <code>/owners/0</code>"
            ))
        #expect(page.contains("<p lang=\"en\">No page names the owner; the police is inferred.</p>"))
        // A fact without an assumption carries no mark.
        #expect(page.contains("<dt>Status</dt>\n<dd>Igangværende</dd>"))
    }

    @Test("an initiative's description is shown first, in Danish, with its mark when it rests on an assumption")
    func description() throws {
        let initiative = Self.assumed.replacingOccurrences(
            of: #""status": "active""#,
            with: #""description": "Borgere & politi går <sammen> rundt i bydelen.", "status": "active""#
        ).replacingOccurrences(
            of: #"[{"field": "/owners/0""#,
            with: #"[{"field": "/description", "kind": "inferred", "note": "Summarised."}, {"field": "/owners/0""#)
        let repo = try SiteFixture.repository(SiteFixture.minimalContent(initiatives: ["vandring": initiative]))
        let page = SiteFixture.text(try SiteFixture.build(repo), "indsatser/vandring.html")
        #expect(
            page.contains(
                "<dt>Beskrivelse</dt>\n<dd>Borgere &amp; politi går &lt;sammen&gt; rundt i bydelen. <a class=\"mark mark-inferred\" href=\"#antagelse-1\">udledt, se note 1</a></dd>"
            ),
            "\(page)")
        #expect(page.range(of: "<dt>Beskrivelse</dt>")!.lowerBound < page.range(of: "<dt>Status</dt>")!.lowerBound)
    }

    @Test("content with errors is refused: exit 1, the findings, nothing written; --allow-errors builds")
    func refusesErrors() throws {
        var files = SiteFixture.minimalContent(initiatives: ["vandring": Self.assumed])
        files["strategy/initiatives/brudt.json"] = """
            {"$schema": "../../schemas/initiative.schema.json", "id": "brudt", "name": "Brudt", "status": "actve",
             "period": {"from": "2018-01-01"}, "goals": [], "owners": [], "sources": [{"kind": "seed", "note": "x"}]}
            """
        let repo = try SiteFixture.repository(files)
        let out = repo.path + "/../" + URL(fileURLWithPath: repo.path).lastPathComponent + "-site"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let refused = try tryg(["site", "HEAD", "--output", out], in: repo.path)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stdout.contains("strategy/initiatives/brudt.json:1:95: error: status must be one of"), "\(refused)")
        #expect(refused.stderr.contains("the site was not built"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: out))

        let allowed = try tryg(["site", "HEAD", "--output", out, "--allow-errors"], in: repo.path)
        #expect(allowed.status == 0, "\(allowed)")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("banner-error"))
        #expect(!FileManager.default.fileExists(atPath: out + "/indsatser/brudt.html"), "a file with errors is left out")

        // A good site is not replaced by a refused build.
        let again = try tryg(["site", "HEAD", "--output", out], in: repo.path)
        #expect(again.status == 1)
        #expect(try String(contentsOfFile: out + "/index.html", encoding: .utf8) == index)
    }

    @Test("a failure while writing leaves the old site untouched and no temporary folder behind")
    func atomicWrite() throws {
        let base = FileManager.default.temporaryDirectory.path + "/tryg-site-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: base) }
        let out = base + "/site"
        let good = [
            SiteFile(path: ".tryg-site", bytes: Array("x".utf8)), SiteFile(path: "index.html", bytes: Array("good".utf8)),
        ]
        try SiteWriter.write(good, to: out)
        // "a.html" is a file, so "a.html/b.html" cannot be written: the build fails part-way.
        let broken = [
            SiteFile(path: ".tryg-site", bytes: []), SiteFile(path: "index.html", bytes: Array("new".utf8)),
            SiteFile(path: "a.html", bytes: []), SiteFile(path: "a.html/b.html", bytes: []),
        ]
        #expect(throws: SiteWriteError.self) { try SiteWriter.write(broken, to: out) }
        #expect(try String(contentsOfFile: out + "/index.html", encoding: .utf8) == "good")
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["site"])
        // A successful build replaces the whole folder.
        try SiteWriter.write([SiteFile(path: ".tryg-site", bytes: []), SiteFile(path: "other.html", bytes: [])], to: out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [".tryg-site", "other.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["site"])
    }

    @Test("a folder tryg did not write is never replaced")
    func refusesForeignFolder() throws {
        let base = FileManager.default.temporaryDirectory.path + "/tryg-site-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/home", withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: base + "/home/notes.txt"))
        #expect(throws: SiteWriteError.self) {
            try SiteWriter.write([SiteFile(path: "index.html", bytes: [])], to: base + "/home")
        }
        #expect(try String(contentsOfFile: base + "/home/notes.txt", encoding: .utf8) == "keep")
        #expect(throws: SiteWriteError.self) { try SiteWriter.write([SiteFile(path: "../x.html", bytes: [])], to: base + "/new") }
        #expect(!FileManager.default.fileExists(atPath: base + "/x.html"))
    }

    @Test("--preview puts the banner on every page; the footer links the statement on every page")
    func previewAndFooter() throws {
        let repo = try SiteFixture.repository(SiteFixture.minimalContent(initiatives: ["vandring": Self.assumed]))
        let out = repo.path + "/_site"
        let result = try tryg(["site", "--output", out, "--preview", "Forslag #12"], in: repo.path)
        #expect(result.status == 0, "\(result)")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        for page in pages {
            let text = try String(contentsOfFile: out + "/" + page, encoding: .utf8)
            #expect(text.contains("<strong>Forhåndsvisning:</strong> Forslag #12</p>"), "\(page)")
            #expect(text.contains("<a href=\"https://www.was.digst.dk/tryg-aalborg-dk\">Tilgængelighedserklæring</a>"), "\(page)")
            #expect(text.components(separatedBy: "<h1").count == 2, "\(page) has not exactly one h1")
        }
        let was = try String(contentsOfFile: out + "/was/index.html", encoding: .utf8)
        #expect(was.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://www.was.digst.dk/tryg-aalborg-dk\">"))
    }
}
