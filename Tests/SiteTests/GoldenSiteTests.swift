import Foundation
import TestSupport
import Testing

/// Every kind of page of the real content against golden files, byte for byte; the same build
/// twice gives the same bytes; every internal link and source resolves.
///
/// Re-record with `TRYG_RECORD=1 swift test --filter GoldenSiteTests`: the files are written and
/// the run FAILS, so that recording can never pass silently (in CI or anywhere); run again without
/// it to check.
@Suite("Site: golden pages of the real content", .serialized)
struct GoldenSiteTests {
    static let golden = Locations.packageRoot + "/Tests/SiteTests/Golden"
    static var recording: Bool { ProcessInfo.processInfo.environment["TRYG_RECORD"] == "1" }

    /// One file of each kind.
    static let pages = [
        "index.html", "maal/index.html", "maal/hoej-tryghed.html", "indsatser/index.html",
        "indsatser/rusmiddelseminar.html", "indsatser/dit-kvarter.html", "indsatser/brobygningsforloeb.html",
        "partnere/index.html", "partnere/aalborg-kommune.html", "daekning/index.html", "organisering/index.html",
        "aendringer/index.html", "aarsrapporter/index.html", "aarsrapporter/2017/rusmiddelseminar.html", "data/index.html",
        "was/index.html", "404.html", "sitemap.xml", "data/aendringer.atom", "data/indsatser.csv", "data/tryg-aalborg.json",
    ]

    static let hasHistory = SiteFixture.version1Commit != nil

    @Test(
        "each kind of page matches its golden file", .enabled(if: hasHistory, "the clone has no Version 1 commit (shallow?)"),
        arguments: pages)
    func golden(_ page: String) throws {
        let files = try Self.site()
        let actual = try #require(files[page], "the site has no \(page)")
        let path = Self.golden + "/" + page
        if Self.recording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(actual).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(page); TRYG_RECORD=1 always fails the run: run the tests again without it")
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: path), "no golden file \(path): record with TRYG_RECORD=1")
        if Array(expected) != actual {
            let got = String(decoding: actual, as: UTF8.self), want = String(decoding: expected, as: UTF8.self)
            let a = got.split(separator: "\n", omittingEmptySubsequences: false)
            let b = want.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record(
                """
                \(page) differs from its golden file at line \(line + 1) (re-record with TRYG_RECORD=1 if intended):
                  got:  \(line < a.count ? String(a[line]) : "(end)")
                  want: \(line < b.count ? String(b[line]) : "(end)")
                """)
        }
    }

    @Test("building the same revision twice gives identical bytes", .enabled(if: hasHistory, "no Version 1 commit"))
    func deterministic() throws {
        let repo = try SiteFixture.realContent()
        let first = try SiteFixture.build(repo)
        let second = try SiteFixture.build(repo)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first { #expect(second[path] == bytes, "\(path) differs between two builds") }
        #expect(first.count > 50)
    }

    @Test(
        "every internal href and src resolves to a generated file and its fragment to an id",
        .enabled(if: hasHistory, "no Version 1 commit"))
    func linksResolve() throws {
        let files = try Self.site()
        var checked = 0
        for (path, bytes) in files where path.hasSuffix(".html") {
            let text = String(decoding: bytes, as: UTF8.self)
            for link in LinkCheck.links(in: text) {
                if let problem = LinkCheck.problem(link, from: path, in: files) {
                    Issue.record("\(path): \(problem)")
                }
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    /// The site of the real content, built once per process, with the fixture's commit ids
    /// replaced by `COMMIT-1`, `COMMIT-2`: they change whenever the package's schemas or tryg.json
    /// do, which the pages do not otherwise show.
    static func site() throws -> [String: [UInt8]] {
        if let cached = Cache.files { return cached }
        let repo = try SiteFixture.realContent()
        var files = try SiteFixture.build(repo)
        let ids = try repo.git(["rev-list", "--reverse", "HEAD"]).split(separator: "\n").map(String.init)
        for (path, bytes) in files {
            var text = String(decoding: bytes, as: UTF8.self)
            for (i, id) in ids.enumerated() {
                text = text.replacingOccurrences(of: id, with: "COMMIT-\(i + 1)")
                text = text.replacingOccurrences(of: String(id.prefix(7)), with: "COMMIT-\(i + 1)")
            }
            files[path] = Array(text.utf8)
        }
        Cache.files = files
        return files
    }

    private enum Cache {
        nonisolated(unsafe) static var files: [String: [UInt8]]?
    }
}

/// Finds the links of a page and checks them against the files of the site.
enum LinkCheck {
    /// Every `href` and `src` value, unescaped (`&amp;` → `&`).
    static func links(in html: String) -> [String] {
        var out: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                out.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = after[end...]
            }
        }
        return out
    }

    /// What is wrong with a link from the file at `path`, or nil.
    static func problem(_ link: String, from path: String, in files: [String: [UInt8]]) -> String? {
        let lower = link.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") {
            return nil
        }
        if lower.contains(":") { return "link with a scheme that is not http(s): \(link)" }
        if link.hasPrefix("/") { return "root-relative link (breaks under a sub-path and file://): \(link)" }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target: String
        if parts[0].isEmpty {
            target = path
        } else {
            var segments = path.split(separator: "/").dropLast().map(String.init)
            for segment in parts[0].split(separator: "/") {
                if segment == ".." {
                    guard !segments.isEmpty else { return "link leaves the site: \(link)" }
                    segments.removeLast()
                } else if segment != "." {
                    segments.append(String(segment))
                }
            }
            target = segments.joined(separator: "/")
        }
        guard let bytes = files[target] else { return "link to a file the site does not have: \(link) (\(target))" }
        if parts.count == 2, !parts[1].isEmpty {
            let text = String(decoding: bytes, as: UTF8.self)
            if !text.contains("id=\"\(parts[1])\"") { return "link to a fragment \(target) does not have: \(link)" }
        }
        return nil
    }
}
