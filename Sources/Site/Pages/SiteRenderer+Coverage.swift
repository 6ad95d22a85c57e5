import Mustache
import Strategy

/// The coverage page: the strategy's central rule as tables and timelines.
struct CoverageView {
    var rule: String
    var spanText: String
    var legend: String
    var partners: [CoveragePartnerView]
    var noSpan: Bool
}

extension CoverageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rule": return rule
        case "spanText": return spanText
        case "legend": return legend
        case "partners": return partners
        case "noSpan": return noSpan
        default: return nil
        }
    }
}

struct CoveragePartnerView {
    var partnerHeading: String
    var partnerAnchor: String
    var partnerHref: String
    var tableCaption: String
    var rows: [CoverageRowView]
    var chartLabel: String
    var svg: String
}

extension CoveragePartnerView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "partnerHeading": return partnerHeading
        case "partnerAnchor": return partnerAnchor
        case "partnerHref": return partnerHref
        case "tableCaption": return tableCaption
        case "rows": return rows
        case "chartLabel": return chartLabel
        case "svg": return svg
        default: return nil
        }
    }
}

struct CoverageRowView {
    var rowName: String
    var rowKind: String
    var rowTarget: String
    var rowInitiatives: [CoverageBarView]
    var rowMore: String?
    var rowGaps: [String]
    var rowGapsNone: Bool
    var rowExceptions: [String]
    var rowVerdict: String
}

extension CoverageRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rowName": return rowName
        case "rowKind": return rowKind
        case "rowTarget": return rowTarget
        case "rowInitiatives": return rowInitiatives
        case "rowMore": return rowMore
        case "rowGaps": return rowGaps
        case "rowGapsNone": return rowGapsNone
        case "rowExceptions": return rowExceptions
        case "rowVerdict": return rowVerdict
        default: return nil
        }
    }
}

struct CoverageBarView {
    var barText: String
    var barHref: String
    var barPeriod: String
}

extension CoverageBarView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "barText": return barText
        case "barHref": return barHref
        case "barPeriod": return barPeriod
        default: return nil
        }
    }
}

extension SiteRenderer {
    static let coverageRule =
        "Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden."

    func coveragePage() -> SiteFile {
        let path = Paths.coverage
        var view = CoverageView(
            rule: Self.coverageRule, spanText: "", legend: CoverageChart.legend(), partners: [], noSpan: true)
        if let span = input.span {
            view.noSpan = false
            view.spanText = Danish.period(span)
            let rows = CoverageTimeline.rows(input.model, span: span)
            let boundaries = versionBoundaries(span)
            for partner in input.model.partners {
                let mine = rows.filter { $0.partner == partner.id }
                let anchor = "partner-\(Paths.name(partner.id))"
                view.partners.append(
                    CoveragePartnerView(
                        partnerHeading: partner.name, partnerAnchor: anchor,
                        partnerHref: path.link(to: Paths.partner(partner.id)),
                        tableCaption: "Dækning for \(partner.name), \(Danish.period(span))",
                        rows: mine.map { coverageRow($0, path) },
                        chartLabel: "Tidslinje for \(partner.name). Samme oplysninger som tabellen ovenfor.",
                        svg: CoverageChart(span: span, boundaries: boundaries, prefix: Paths.name(partner.id)).render(mine)))
            }
        }
        return page(
            path, title: "Dækning", section: .coverage, crumbs: crumbs(.coverage), template: "coverage", view: view,
            description: "Har hver partner og hver involveret forvaltning en igangværende indsats i hele perioden?")
    }

    /// Where each version after the first begins, with its number.
    private func versionBoundaries(_ span: Period) -> [(day: Day, label: String)] {
        guard let strategy = input.model.strategy, let current = strategy.period else { return [] }
        let all = strategy.content.previousVersions.map { ($0.version, $0.period.from) } + [(strategy.version, current.from)]
        return all.sorted { $0.1 < $1.1 }.dropFirst().filter { span.contains($0.1) }.map { ($0.1, "Version \($0.0)") }
    }

    private func coverageRow(_ row: CoverageRow, _ path: SitePath) -> CoverageRowView {
        let shown = row.bars.prefix(200)
        let gaps = row.gaps.map(Danish.shortPeriod)
        let verdict: String
        if row.target == nil {
            verdict = "Ikke partner i perioden"
        } else if row.gaps.isEmpty {
            verdict = "Dækket i hele perioden"
        } else if row.exceptions.isEmpty {
            verdict = "Ikke dækket: \(Danish.count(row.gaps.count, "hul", "huller"))"
        } else {
            verdict = "Ikke dækket, med begrundet undtagelse"
        }
        return CoverageRowView(
            rowName: row.name, rowKind: row.unit == nil ? "Partner" : "Forvaltning eller enhed",
            rowTarget: row.target.map(Danish.shortPeriod) ?? "Ikke partner i perioden",
            rowInitiatives: shown.map { bar in
                CoverageBarView(
                    barText: bar.name, barHref: path.link(to: Paths.initiative(bar.initiative)),
                    barPeriod: "\(Danish.status(bar.status)), \(Danish.shortPeriod(bar.period))")
            },
            rowMore: row.bars.count > shown.count
                ? "og \(Danish.count(row.bars.count - shown.count, "indsats mere", "indsatser mere"))" : nil,
            rowGaps: gaps, rowGapsNone: gaps.isEmpty && row.target != nil,
            rowExceptions: row.exceptions.map { $0.reason }, rowVerdict: verdict)
    }
}

/// Draws the coverage timeline of one partner's rows as an SVG picture.
struct CoverageChart {
    let span: Period
    let boundaries: [(day: Day, label: String)]
    /// Makes the ids of the picture's patterns unique on the page.
    let prefix: String

    static let width = 960, margin = 12, laneHeight = 18, maxLanes = 10

    private var first: Int { span.from.number }
    private var days: Int { (span.to ?? span.from).number - first + 1 }

    /// The x coordinate of the start of `day`.
    func x(_ day: Day) -> Int {
        let clamped = min(max(day.number - first, 0), days)
        return Self.margin + clamped * (Self.width - 2 * Self.margin) / max(days, 1)
    }

    func render(_ rows: [CoverageRow]) -> String {
        var body: [String] = [patterns()]
        body += axis()
        var y = 40
        for row in rows {
            let (markup, height) = rowMarkup(row, top: y)
            body += markup
            y += height
        }
        body += boundaryMarkup(height: y)
        var svg = SVG(width: Self.width, height: y + 4)
        for part in body { svg.add(raw: part) }
        return svg.render(className: "timeline")
    }

    private func patterns() -> String {
        let gap = SVG.element(
            "pattern",
            [
                "id": "hul-\(prefix)", "width": "8", "height": "8", "patternUnits": "userSpaceOnUse",
                "patternTransform": "rotate(45)",
            ],
            children: [SVG.element("rect", ["width": "3", "height": "8", "fill": "#b3261e"])])
        let excused = SVG.element(
            "pattern",
            [
                "id": "undtagelse-\(prefix)", "width": "8", "height": "8",
                "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(-45)",
            ],
            children: [SVG.element("rect", ["width": "2", "height": "8", "fill": "#7a5a00"])])
        return SVG.element("defs", [:], children: [gap, excused])
    }

    private func axis() -> [String] {
        var out: [String] = []
        let startYear = span.from.year, endYear = (span.to ?? span.from).year
        for year in startYear...max(startYear, endYear) {
            guard let day = Day(year: year, month: 1, day: 1) else { continue }
            let at = year == startYear ? x(span.from) : x(day)
            out.append(SVG.element("line", ["x1": "\(at)", "x2": "\(at)", "y1": "18", "y2": "26", "class": "tick"]))
            if year != startYear || day == span.from || x(Day(year: year + 1, month: 1, day: 1) ?? day) - at > 40 {
                out.append(SVG.element("text", ["x": "\(at + 3)", "y": "14", "class": "year"], text: String(year)))
            }
        }
        out.append(
            SVG.element(
                "line",
                [
                    "x1": "\(Self.margin)", "x2": "\(Self.width - Self.margin)", "y1": "26", "y2": "26",
                    "class": "axis",
                ]))
        return out
    }

    private func boundaryMarkup(height: Int) -> [String] {
        boundaries.flatMap { boundary -> [String] in
            let at = x(boundary.day)
            return [
                SVG.element("line", ["x1": "\(at)", "x2": "\(at)", "y1": "28", "y2": "\(height)", "class": "boundary"]),
                SVG.element("text", ["x": "\(at + 4)", "y": "38", "class": "boundary-label"], text: boundary.label),
            ]
        }
    }

    /// Puts bars into lanes so that none overlaps another; bars beyond the last lane are counted.
    func lanes(_ bars: [CoverageRow.Bar]) -> (lanes: [[CoverageRow.Bar]], hidden: Int) {
        var lanes: [[CoverageRow.Bar]] = []
        var ends: [Int] = []
        var hidden = 0
        for bar in bars {
            if let free = ends.firstIndex(where: { $0 < bar.period.from.number }) {
                lanes[free].append(bar)
                ends[free] = (bar.period.to ?? span.to ?? bar.period.from).number
            } else if lanes.count < Self.maxLanes {
                lanes.append([bar])
                ends.append((bar.period.to ?? span.to ?? bar.period.from).number)
            } else {
                hidden += 1
            }
        }
        return (lanes, hidden)
    }
}
