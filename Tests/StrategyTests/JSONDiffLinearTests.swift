import JSON
import Strategy
import Testing

/// The array comparison of ``JSONDiff`` after it became linear: the same answers as the pairwise
/// multiset comparison it replaced, on hand-picked cases and on generated ones, and long arrays
/// (reversed, shuffled) that the pairwise comparison took minutes over. Speed itself is measured by
/// `tryg-bench diff-arrays` and `scripts/bench-arrays.sh`, not here.
@Suite("JSONDiff: linear array comparison")
struct JSONDiffLinearTests {
    /// The one change of comparing `old` with `new` as the member `list` of an object.
    func listChange(_ old: [JSONValue], _ new: [JSONValue]) -> (added: [ListItem], removed: [ListItem])? {
        let changes = JSONDiff.changes(from: ["list": JSONValue(.array(old))], to: ["list": JSONValue(.array(new))])
        guard let change = changes.first else { return nil }
        guard changes.count == 1, case .items(let added, let removed) = change.kind else {
            Issue.record("expected one list change, got \(changes)")
            return nil
        }
        return (added, removed)
    }

    @Test("reordering alone is no change, for scalars, objects without an id, and arrays")
    func reordering() {
        #expect(listChange(["a", "b", "c", 1, true, nil], [nil, true, 1, "c", "b", "a"]) == nil)
        #expect(listChange([["k": "x", "n": 1], ["k": "y", "n": 2]], [["n": 2, "k": "y"], ["n": 1, "k": "x"]]) == nil)
        #expect(listChange([[1, 2], [3]], [[3], [1, 2]]) == nil)
    }

    @Test("numbers are equal by value: 1, 1.0 and 10e-1 are one number; 1 and \"1\" are not")
    func numbers() throws {
        let one = try JSONParser().parse("[1, 2.50, 1e2]").root.arrayValue ?? []
        let same = try JSONParser().parse("[100, 10e-1, 2.5]").root.arrayValue ?? []
        #expect(listChange(one, same) == nil)
        let change = try #require(listChange([1], ["1"]))
        #expect(change.added.map(\.value.typeName) == ["string"] && change.removed.map(\.value.typeName) == ["number"])
    }

    @Test("strings compare by bytes: é precomposed and decomposed are two values")
    func strings() throws {
        let change = try #require(listChange(["\u{E9}"], ["e\u{301}"]))
        #expect(change.added.count == 1 && change.removed.count == 1)
    }

    @Test("a duplicated key counts with its last value, whatever the member order")
    func duplicateKeys() throws {
        let written = try JSONParser().parse(#"[{"a": 1, "b": 2, "a": 3}]"#).root.arrayValue ?? []
        let same = try JSONParser().parse(#"[{"b": 2, "a": 3}]"#).root.arrayValue ?? []
        let other = try JSONParser().parse(#"[{"b": 2, "a": 1}]"#).root.arrayValue ?? []
        #expect(listChange(written, same) == nil)
        #expect(listChange(written, other) != nil)
    }

    @Test("repeated values: each new one cancels the first unmatched old one")
    func repeats() throws {
        let change = try #require(listChange(["a", "a", "b", "a"], ["b", "a", "b", "c"]))
        #expect(change.added.map(\.pointer.description) == ["/list/2", "/list/3"])
        #expect(change.removed.map(\.pointer.description) == ["/list/1", "/list/3"])
    }

    @Test("objects with an id are matched by it: one changed field among 20,000 reversed members")
    func keyed() throws {
        let count = 20_000
        let old: [JSONValue] = (0..<count).map { ["id": JSONValue(stringLiteral: "p-\($0)"), "name": "Programme"] }
        var new = Array(old.reversed())
        new[5] = ["id": JSONValue(stringLiteral: "p-\(count - 6)"), "name": "Renamed"]
        let changes = JSONDiff.changes(from: ["list": JSONValue(.array(old))], to: ["list": JSONValue(.array(new))])
        #expect(changes.map(\.field) == ["list[p-\(count - 6)].name"])
        #expect(changes.first?.oldPointer?.description == "/list/\(count - 6)/name")
        #expect(changes.first?.newPointer?.description == "/list/5/name")
    }

    @Test("20,000 strings, numbers or objects reversed or shuffled: no change; one replaced: one added, one removed")
    func long() throws {
        let kinds: [(Int) -> JSONValue] = [
            { JSONValue(stringLiteral: "partner \($0)") }, { JSONValue(integerLiteral: $0) },
            { ["kind": "note", "n": JSONValue(integerLiteral: $0)] },
        ]
        for member in kinds {
            let old = (0..<20_000).map(member)
            #expect(listChange(old, old.reversed()) == nil)
            // A fixed permutation: 7,919 is prime, so i → 7,919·i mod 20,000 reaches every index once.
            let shuffled = old.indices.map { old[$0 * 7_919 % old.count] }
            #expect(listChange(old, shuffled) == nil)
            var changed = shuffled
            changed[7] = member(-1)
            let change = try #require(listChange(old, changed))
            #expect(change.added.count == 1 && change.removed.count == 1)
        }
    }

    @Test("generated arrays with many repeats: the same answer as the pairwise comparison")
    func generated() {
        var state: UInt64 = 11
        func below(_ n: Int) -> Int {  // a linear congruential generator: the same cases every run
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        let pool: [JSONValue] = ["a", "b", 1, 1.0, 2, nil, true, false, ["x": 1], ["x": 1.0], ["x": 2], [1], [1, 2], []]
        for _ in 0..<300 {
            let old = (0..<below(13)).map { _ in pool[below(pool.count)] }
            let new = (0..<below(13)).map { _ in pool[below(pool.count)] }
            let expected = Self.pairwise(old, new)
            let found = listChange(old, new)
            #expect(found?.added.map(\.pointer) ?? [] == expected.added, "\(old) → \(new)")
            #expect(found?.removed.map(\.pointer) ?? [] == expected.removed, "\(old) → \(new)")
        }
    }

    /// The comparison JSONDiff made before it was linear: each new element cancels the first
    /// unmatched equal old one, found by a scan.
    static func pairwise(_ old: [JSONValue], _ new: [JSONValue]) -> (added: [JSONPointer], removed: [JSONPointer]) {
        var unmatched = Array(old.indices)
        var added: [JSONPointer] = []
        for (i, element) in new.enumerated() {
            if let position = unmatched.firstIndex(where: { old[$0].jsonEquals(element) }) {
                unmatched.remove(at: position)
            } else {
                added.append(JSONPointer(tokens: ["list", String(i)]))
            }
        }
        return (added, unmatched.map { JSONPointer(tokens: ["list", String($0)]) })
    }
}
