import Git
import JSON
import Strategy

/// The open data of one revision: the whole strategy as one JSON file, the initiatives as CSV, and
/// the content's changes as an Atom feed.
struct OpenData {
    let input: SiteInput

    /// The version of the JSON file's structure; raised when a member changes meaning or goes away.
    static let formatVersion = 1

    /// The whole strategy: every entity as its file has it (without `$schema`), in one document.
    func json() -> [UInt8] {
        let model = input.model
        var root = JSONObject()
        root.append(key: "format", value: .init(.string("tryg-strategi")))
        root.append(key: "formatVersion", value: .init(.number(JSONNumber(Self.formatVersion))))
        root.append(key: "documentation", value: .init(.string("index.html#json")))
        var revision = JSONObject()
        revision.append(key: "commit", value: input.commit.map { JSONValue(.string($0.id.hex)) } ?? .null)
        revision.append(key: "date", value: input.commit.map { JSONValue(.string($0.authorDay.description)) } ?? .null)
        revision.append(key: "version", value: model.strategy.map { JSONValue(.number(JSONNumber($0.version))) } ?? .null)
        root.append(key: "revision", value: JSONValue(.object(revision)))
        root.append(key: "strategy", value: model.strategy.map { entity($0.origin) } ?? .null)
        root.append(key: "organisation", value: model.organisation.map { entity($0.origin) } ?? .null)
        root.append(key: "partners", value: JSONValue(.array(model.partners.map { entity($0.origin) })))
        root.append(key: "goals", value: JSONValue(.array(model.goals.map { entity($0.origin) })))
        root.append(key: "initiatives", value: JSONValue(.array(model.initiatives.map { entity($0.origin) })))
        root.append(key: "reports", value: JSONValue(.array(model.reports.map { entity($0.origin) })))
        return JSONWriter(indent: 2, trailingNewline: true).bytes(JSONValue(.object(root)))
    }

    /// An entity's object as written in its file, without the editor's `$schema`.
    private func entity(_ origin: Origin) -> JSONValue {
        guard let object = origin.pointer.resolve(in: origin.document.root)?.objectValue else { return .null }
        return JSONValue(.object(JSONObject(object.members.filter { $0.key != "$schema" })))
    }

    /// The CSV file's columns.
    static let csvColumns = [
        ("id", "Indsatsens id (filens navn; ændres aldrig)"), ("navn", "Nuværende navn"),
        ("status", "igangværende, planlagt, afsluttet eller sammenlagt"), ("fra", "Første dag (ÅÅÅÅ-MM-DD)"),
        ("til", "Sidste dag (ÅÅÅÅ-MM-DD); tom, når indsatsen er løbende"), ("maal", "Målene, adskilt af „ | “"),
        ("ejere", "Ejerne (forvaltning eller enhed med partneren i parentes), adskilt af „ | “"),
        ("deltagere", "Deltagere, adskilt af „ | “"),
        ("samarbejdspartnere", "Eksterne samarbejdspartnere, adskilt af „ | “"),
        ("tidligere_navne", "Tidligere navne med sidste dag, adskilt af „ | “"),
        ("sammenlagt_med", "Id på den indsats, den er sammenlagt med"),
        ("antagelser", "Felter, der hviler på en antagelse (JSON Pointer og art), adskilt af „ | “"),
    ]

    /// The initiatives, one a row: UTF-8 with a byte order mark, fields separated by `;` (as Danish
    /// spreadsheet programs expect), CRLF line ends.
    func csv(partyName: (PartyRef) -> String) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        func row(_ cells: [String]) {
            out += Array((cells.map(Self.csvCell).joined(separator: ";") + "\r\n").utf8)
        }
        row(Self.csvColumns.map(\.0))
        for i in input.model.initiatives {
            let goals = i.goals.map { id in
                input.model.goal(id.value).map { g in g.number.map { "Mål \($0): \(g.name)" } ?? g.name } ?? id.value
            }
            let assumptions = i.origin.provenance.assumptions.map { "\($0.fieldText) (\(Danish.assumption($0.kind)))" }
            let former: [String] = i.formerNames.map { f in f.name + (f.until.map { " (til \($0))" } ?? "") }
            row([
                i.id, i.name, Danish.status(i.status), i.period?.from.description ?? "", i.period?.to?.description ?? "",
                goals.joined(separator: " | "), i.owners.map { partyName($0.value) }.joined(separator: " | "),
                i.participants.map { partyName($0.value) }.joined(separator: " | "),
                i.cooperationPartners.joined(separator: " | "), former.joined(separator: " | "),
                i.mergedInto?.value ?? "", assumptions.joined(separator: " | "),
            ])
        }
        return out
    }

    /// One CSV field: quoted when it holds `;`, `"` or a line break; a leading `=`, `+`, `-` or `@`
    /// is prefixed with `'` so that no spreadsheet program reads the text as a formula.
    static func csvCell(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { cell = "'" + cell }
        guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (without Foundation).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    /// The first range of `target` in the substring.
    func range(of target: String) -> Range<String.Index>? {
        guard let first = target.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first, self[i...].hasPrefix(target) {
                return i..<index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
