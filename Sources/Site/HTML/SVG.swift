/// A small builder of SVG markup that escapes every attribute value and every text it writes.
///
/// ```
/// var svg = SVG(width: 600, height: 40)
/// svg.add("rect", ["x": "0", "y": "0", "width": "10", "height": "10", "class": "bar"])
/// svg.add("text", ["x": "2", "y": "30"], text: "1. januar 2018")
/// let markup = svg.render()   // <svg …>…</svg>, aria-hidden
/// ```
struct SVG {
    let width: Int
    let height: Int
    private var body: [String] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Adds an element with attributes (written in name order, so output is deterministic) and
    /// optional text content.
    mutating func add(_ name: String, _ attributes: [String: String], text: String? = nil) {
        body.append(Self.element(name, attributes, text: text))
    }

    /// Adds markup made by ``element(_:_:text:)`` or another builder of this type.
    mutating func add(raw markup: String) {
        body.append(markup)
    }

    /// One element as markup.
    static func element(_ name: String, _ attributes: [String: String], text: String? = nil, children: [String] = [])
        -> String
    {
        var out = "<" + name
        for key in attributes.keys.sorted() {
            out += " " + key + "=\"" + Markup.escape(attributes[key] ?? "") + "\""
        }
        if text == nil, children.isEmpty { return out + "/>" }
        out += ">"
        if let text { out += Markup.escape(text) }
        out += children.joined()
        return out + "</" + name + ">"
    }

    /// The picture: hidden from assistive technology (the same facts are in a table beside it),
    /// scaled to the width of its container.
    func render(className: String) -> String {
        SVG.element(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(width) \(height)", "width": String(width),
                "height": String(height), "class": className, "aria-hidden": "true", "focusable": "false",
            ],
            children: body)
    }
}
