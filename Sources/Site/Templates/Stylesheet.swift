/// The site's style sheets: one for screens (small screens first), one for print. No web fonts,
/// no external resources; colours meet WCAG 2.1 AA contrast on their backgrounds.
enum Stylesheet {
    static let screen = """
        :root {
          --ink: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --soft: #f3f5f7; --line: #c6ccd2;
          --brand: #0b3d62; --link: #0a5a9c; --visited: #5b3a8c; --focus: #ffbf47;
          --active: #1f5f8b; --past: #e4ebf1; --gap: #b3261e; --excused: #7a5a00;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          font-size: 1.0625rem; line-height: 1.55; color: var(--ink); background: var(--paper); overflow-wrap: break-word; }
        .wrap { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
        a { color: var(--link); text-underline-offset: 0.15em; }
        a:visited { color: var(--visited); }
        a:hover { text-decoration-thickness: 0.15em; }
        a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
        main:focus { outline: none; }
        h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.5em; }
        h1 { font-size: 1.6rem; margin-top: 0.8em; hyphens: auto; }
        @media (min-width: 40rem) { h1 { font-size: 2rem; } }
        h2 { font-size: 1.5rem; }
        h3 { font-size: 1.2rem; }
        h4 { font-size: 1.05rem; }
        code { font-size: 0.9em; background: var(--soft); padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
        .skip-link { position: absolute; left: 0.5rem; top: -4rem; background: var(--paper); color: var(--ink); padding: 0.5rem 1rem;
          border: 3px solid var(--ink); z-index: 10; }
        .skip-link:focus { top: 0.5rem; }
        .site-header { background: var(--brand); color: #ffffff; }
        .header-inner { padding-top: 0.75rem; padding-bottom: 0.5rem; }
        .brand { margin: 0 0 0.5rem; font-size: 1.35rem; font-weight: 700; }
        .brand a, .brand a:visited { color: #ffffff; text-decoration: none; }
        .brand a:hover .brand-name { text-decoration: underline; }
        .brand-tagline { font-weight: 400; font-size: 1rem; }
        .main-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
        .main-nav a, .main-nav a:visited { color: #ffffff; display: inline-block; padding: 0.3rem 0.45rem; text-decoration: none;
          border-bottom: 3px solid transparent; }
        .main-nav a:hover { border-bottom-color: #ffffff; }
        .main-nav a[aria-current="page"], .main-nav a.active { border-bottom-color: var(--focus); font-weight: 700; }
        .banner { margin: 0; padding: 0.6rem 1rem; text-align: center; }
        .banner-preview { background: var(--focus); color: var(--ink); }
        .banner-error { background: #fdecea; color: #5f1410; }
        .crumbs { background: var(--soft); border-bottom: 1px solid var(--line); font-size: 0.95rem; }
        .crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding-top: 0.5rem; padding-bottom: 0.5rem; margin-top: 0; margin-bottom: 0; }
        .crumbs li + li::before { content: "›"; margin: 0 0.4rem 0 0.15rem; color: var(--muted); }
        main { padding-bottom: 3rem; }
        .lead { font-size: 1.2rem; color: var(--muted); }
        .lead-part { display: inline; }
        .meta { color: var(--muted); font-size: 0.95rem; }
        .plain { list-style: none; padding-left: 0; }
        .cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 1rem 0.75rem; background: var(--paper); }
        .card h2, .card h3 { margin-top: 0.6em; font-size: 1.15rem; }
        .facts { margin: 1rem 0; border-top: 1px solid var(--line); }
        .fact { display: grid; grid-template-columns: 1fr; padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
        .fact dt { font-weight: 700; }
        .fact dd { margin: 0; }
        @media (min-width: 40rem) {
          .fact { grid-template-columns: 14rem 1fr; column-gap: 1rem; }
          .fact dd { grid-column: 2; }
        }
        .mark { display: inline-block; font-size: 0.85rem; padding: 0 0.35rem; border-radius: 3px; border: 1px solid currentColor;
          text-decoration: none; white-space: nowrap; }
        .mark-inferred, .mark-inferred:visited { color: #6a3f00; background: #fff4e0; }
        .mark-chosen, .mark-chosen:visited { color: #2d4b00; background: #eef6e0; }
        .mark-unknown, .mark-unknown:visited { color: #5f1410; background: #fdecea; }
        .tag { display: inline-block; font-size: 0.85rem; font-weight: 700; padding: 0 0.35rem; border-radius: 3px; border: 1px solid currentColor; }
        .tag-inferred { color: #6a3f00; background: #fff4e0; }
        .tag-chosen { color: #2d4b00; background: #eef6e0; }
        .tag-unknown { color: #5f1410; background: #fdecea; }
        .status { font-size: 0.9rem; padding: 0 0.35rem; border-radius: 3px; background: var(--soft); border: 1px solid var(--line); }
        .status-active { background: #e3f0fa; border-color: #1f5f8b; }
        .items li { margin-bottom: 0.5rem; }
        .owners, .period { color: var(--muted); font-size: 0.95rem; }
        .toc ul { padding-left: 1.2rem; }
        .about { margin-top: 3rem; padding: 0.25rem 1rem 1rem; background: var(--soft); border-left: 4px solid var(--brand); }
        .about li { margin-bottom: 0.5rem; }
        .about li p { margin: 0.2rem 0; }
        .about :target { outline: 3px solid var(--focus); }
        .changes > li { margin-bottom: 0.6rem; }
        .commits > li { margin-bottom: 1.5rem; }
        .commits h3 { font-size: 1.1rem; }
        .table-wrap { overflow-x: auto; margin: 1rem 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        .table-title { font-weight: 700; margin: 1rem 0 0.25rem; }
        .table-title + .table-wrap { margin-top: 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.5rem; border: 1px solid var(--line); }
        thead th { background: var(--soft); }
        td ul { margin: 0; }
        table.coverage { min-width: 46rem; }
        table.coverage th:first-child { width: 20%; }
        table.coverage td:nth-child(2) { width: 12%; }
        table.coverage td:nth-child(4) { width: 12%; }
        table.coverage td:nth-child(5) { width: 17%; }
        .chart { overflow-x: auto; border: 1px solid var(--line); margin: 1rem 0 2rem; background: var(--paper); }
        .timeline { display: block; min-width: 720px; width: 100%; height: auto; font-family: inherit; }
        .timeline .year { font-size: 12px; fill: var(--muted); }
        .timeline .tick, .timeline .axis { stroke: var(--muted); stroke-width: 1; }
        .timeline .row-label { font-size: 13px; fill: var(--ink); }
        .timeline .row-label.partner { font-weight: 700; }
        .timeline .track { fill: var(--soft); stroke: var(--line); }
        .bar { fill: var(--active); }
        .bar.past { fill: var(--past); stroke: var(--active); stroke-width: 1; }
        .gap { stroke: var(--gap); stroke-width: 1.5; }
        .gap.excused { stroke: var(--excused); stroke-dasharray: 4 3; }
        .timeline .bar-label { font-size: 11px; fill: #ffffff; }
        .timeline .bar-label.past { fill: var(--ink); }
        .timeline .more-label { font-size: 12px; fill: var(--muted); }
        .timeline .gap-label { font-size: 12px; fill: var(--gap); }
        .timeline .gap-label.excused { fill: var(--excused); }
        .boundary { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 6 4; }
        .timeline .boundary-label { font-size: 12px; fill: var(--ink); font-weight: 700; }
        .legend { list-style: none; padding: 0; }
        .legend li { margin: 0.3rem 0; }
        .swatch { vertical-align: middle; margin-right: 0.4rem; }
        .site-footer { background: #1d2a35; color: #ffffff; padding: 1rem 0 2rem; }
        .site-footer a, .site-footer a:visited { color: #ffffff; }
        .site-footer h2 { font-size: 1.1rem; margin: 1rem 0 0.4rem; }
        .footer-inner { display: grid; gap: 0 2rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
        .revision { font-size: 0.9rem; }

        """

    static let print = """
        .site-header, .crumbs, .skip-link, .main-nav, .site-footer .revision { display: none; }
        .banner { display: block; border: 1px solid #000000; }
        body { font-size: 11pt; color: #000000; background: #ffffff; }
        a, a:visited { color: #000000; }
        main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
        .about { background: none; border-left: 2px solid #000000; }
        .chart, .table-wrap { overflow: visible; border: none; }
        .timeline { min-width: 0; }
        h2, h3 { break-after: avoid; }
        tr, .fact, .card { break-inside: avoid; }
        .site-footer { background: none; color: #000000; border-top: 1px solid #000000; }
        .site-footer a { color: #000000; }

        """
}
