import Strategy

extension CoverageChart {
    /// One row of the picture: its name, its gaps (hatched, with their dates written beside them)
    /// and its initiatives as bars in lanes; returns the markup and the row's height.
    func rowMarkup(_ row: CoverageRow, top: Int) -> (markup: [String], height: Int) {
        var out: [String] = []
        let (laneList, hidden) = lanes(row.bars)
        let trackTop = top + 20
        let trackHeight = max(1, laneList.count) * Self.laneHeight
        var label = row.unit == nil ? row.name : "– " + row.name
        if row.target == nil { label += " (ikke partner i perioden)" }
        out.append(
            SVG.element(
                "text",
                ["x": "\(Self.margin)", "y": "\(top + 14)", "class": row.unit == nil ? "row-label partner" : "row-label"],
                text: label))
        if let target = row.target {
            out.append(
                SVG.element(
                    "rect",
                    [
                        "x": "\(x(target.from))", "y": "\(trackTop)", "width": "\(max(1, x(end(target)) - x(target.from)))",
                        "height": "\(trackHeight)", "class": "track",
                    ]))
        }
        let excused = !row.exceptions.isEmpty
        for gap in row.gaps {
            out.append(
                SVG.element(
                    "rect",
                    [
                        "x": "\(x(gap.from))", "y": "\(trackTop)", "width": "\(max(2, x(end(gap)) - x(gap.from)))",
                        "height": "\(trackHeight)", "fill": "url(#\(excused ? "undtagelse" : "hul")-\(prefix))",
                        "class": excused ? "gap excused" : "gap",
                    ]))
        }
        for (lane, bars) in laneList.enumerated() {
            for bar in bars {
                let left = x(bar.period.from), right = x(end(bar.period))
                let current = bar.status == .active || bar.status == .planned
                let y = trackTop + lane * Self.laneHeight + 1
                out.append(
                    SVG.element(
                        "rect",
                        [
                            "x": "\(left)", "y": "\(y)", "width": "\(max(2, right - left))",
                            "height": "\(Self.laneHeight - 3)", "rx": "2", "class": current ? "bar" : "bar past",
                        ]))
                // The name inside the bar, when it fits (about 6.5 units a character at this size).
                if bar.name.count * 13 / 2 + 10 < right - left {
                    out.append(
                        SVG.element(
                            "text",
                            [
                                "x": "\(left + 5)", "y": "\(y + Self.laneHeight - 7)",
                                "class": current ? "bar-label" : "bar-label past",
                            ], text: bar.name))
                }
            }
        }
        var height = 20 + trackHeight + 6
        var notes: [String] = []
        for gap in row.gaps {
            notes.append((excused ? "Hul med begrundet undtagelse: " : "Hul: ") + Danish.period(gap))
        }
        for note in notes {
            height += 14
            out.append(
                SVG.element(
                    "text",
                    ["x": "\(Self.margin)", "y": "\(top + height - 3)", "class": excused ? "gap-label excused" : "gap-label"],
                    text: note))
        }
        if hidden > 0 {
            height += 14
            out.append(
                SVG.element(
                    "text", ["x": "\(Self.margin)", "y": "\(top + height - 3)", "class": "more-label"],
                    text: "+ \(Danish.count(hidden, "indsats mere", "indsatser mere")) (se tabellen)"))
        }
        return (out, height + 10)
    }

    /// The day after a period's last day (where its bar ends).
    private func end(_ period: Period) -> Day {
        (period.to ?? span.to ?? period.from).adding(days: 1)
    }

    /// The legend beside every picture: each mark explained in words, with a small sample.
    static func legend() -> String {
        func swatch(_ shape: String) -> String {
            SVG.element(
                "svg",
                [
                    "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 32 14", "width": "32", "height": "14",
                    "aria-hidden": "true", "focusable": "false", "class": "swatch",
                ],
                children: [shape])
        }
        let hatch = SVG.element(
            "defs", [:],
            children: [
                SVG.element(
                    "pattern",
                    [
                        "id": "legende-hul", "width": "8", "height": "8", "patternUnits": "userSpaceOnUse",
                        "patternTransform": "rotate(45)",
                    ],
                    children: [SVG.element("rect", ["width": "3", "height": "8", "fill": "#b3261e"])]),
                SVG.element(
                    "pattern",
                    [
                        "id": "legende-undtagelse", "width": "8", "height": "8", "patternUnits": "userSpaceOnUse",
                        "patternTransform": "rotate(-45)",
                    ],
                    children: [SVG.element("rect", ["width": "2", "height": "8", "fill": "#7a5a00"])]),
            ])
        let items = [
            (
                SVG.element("rect", ["x": "1", "y": "3", "width": "30", "height": "9", "rx": "2", "class": "bar"]),
                "Igangværende eller planlagt indsats (mørk bjælke)"
            ),
            (
                SVG.element("rect", ["x": "1", "y": "3", "width": "30", "height": "9", "rx": "2", "class": "bar past"]),
                "Afsluttet eller sammenlagt indsats (lys bjælke med kant), vist til og med sidste dag"
            ),
            (
                hatch
                    + SVG.element(
                        "rect", ["x": "1", "y": "1", "width": "30", "height": "12", "fill": "url(#legende-hul)", "class": "gap"]),
                "Hul: dage uden en igangværende indsats (skraveret, datoerne står under rækken)"
            ),
            (
                SVG.element(
                    "rect",
                    [
                        "x": "1", "y": "1", "width": "30", "height": "12", "fill": "url(#legende-undtagelse)",
                        "class": "gap excused",
                    ]),
                "Hul med en begrundet undtagelse (skraveret den anden vej, stiplet kant)"
            ),
            (
                SVG.element("line", ["x1": "16", "x2": "16", "y1": "0", "y2": "14", "class": "boundary"]),
                "Skift mellem strategiens versioner (stiplet lodret linje)"
            ),
        ]
        let entries = items.map { "<li>" + swatch($0.0) + " " + Markup.escape($0.1) + "</li>" }
        return "<ul class=\"legend\">" + entries.joined() + "</ul>"
    }
}
