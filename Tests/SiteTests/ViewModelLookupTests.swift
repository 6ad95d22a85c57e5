import Mustache
import Testing

@testable import Site

/// The view models answer the templates' lookups themselves (`MustacheParent`): every stored
/// property of every view model rendered for the real content must be found under its own name,
/// or the page would silently render nothing in its place.
@Suite("Site: view model lookups", .serialized)
struct ViewModelLookupTests {
    @Test("every stored property of every rendered view model is found by its name")
    func lookups() throws {
        nonisolated(unsafe) var seen: [Any] = []
        Templates.observer = { seen.append($0) }
        defer { Templates.observer = nil }
        let repo = try SiteFixture.repository(SiteFixture.minimalContent(initiatives: ["vandring": SiteCommandTests.assumed]))
        _ = try SiteFixture.build(repo)
        Templates.observer = nil
        var checked = Set<String>()
        for view in seen { check(view, &checked) }
        #expect(checked.count >= 30, "view model types checked: \(checked.sorted())")
    }

    /// Checks a value and, through its properties and arrays, every view model inside it.
    private func check(_ value: Any, _ checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, &checked) }
            return
        }
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first { check(wrapped.value, &checked) }
            return
        }
        guard mirror.displayStyle == .struct, let parent = value as? MustacheParent else { return }
        checked.insert(String(describing: type(of: value)))
        for child in mirror.children {
            guard let label = child.label else { continue }
            let isNil =
                Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
            #expect(isNil || parent.child(named: label) != nil, "\(type(of: value)).\(label) is not found by its name")
            check(child.value, &checked)
        }
    }
}
