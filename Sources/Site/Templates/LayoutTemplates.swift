/// The frame of every page and the pieces the page templates share.
///
/// Every `{{value}}` is escaped by swift-mustache (`& < > " '`), in text and in attribute values
/// alike; `{{{body}}}` takes only markup rendered by these templates, and `{{{svg}}}` only what
/// ``SVG`` built and escaped.
enum LayoutTemplates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <meta name="description" content="{{description}}">
        {{#refreshURL}}<meta http-equiv="refresh" content="0; url={{refreshURL}}">
        {{/refreshURL}}<link rel="stylesheet" href="{{styleHref}}">
        <link rel="stylesheet" href="{{printHref}}" media="print">
        <link rel="alternate" type="application/atom+xml" title="Ændringer i {{siteName}}" href="{{feedHref}}">
        </head>
        <body>
        <a class="skip-link" href="#indhold">Gå til indhold</a>
        {{{frameTop}}}
        <nav class="crumbs" aria-label="Brødkrumme">
        <ol class="wrap">
        {{#crumbs}}<li>{{#crumbHref}}<a href="{{crumbHref}}">{{crumbText}}</a>{{/crumbHref}}{{^crumbHref}}<span aria-current="page">{{crumbText}}</span>{{/crumbHref}}</li>
        {{/crumbs}}</ol>
        </nav>
        <main id="indhold" class="wrap" tabindex="-1">
        {{{body}}}
        </main>
        {{{frameBottom}}}
        </body>
        </html>

        """

    /// The header with the menu: the same for every page of a section at the same depth, so it is
    /// rendered once for all of them (``SiteRenderer/frame(_:section:)``).
    static let frameTop = """
        <header class="site-header">
        {{#previewText}}<p class="banner banner-preview"><strong>Forhåndsvisning:</strong> {{previewText}}</p>
        {{/previewText}}{{#errorNotice}}<p class="banner banner-error"><strong>Bemærk:</strong> indholdet i denne version har fejl, som ikke er rettet. Oplysninger fra filer med fejl er udeladt, så siderne kan være ufuldstændige.</p>
        {{/errorNotice}}<div class="wrap header-inner">
        <p class="brand"><a href="{{homeHref}}"><span class="brand-name">{{siteName}}</span>{{#siteTagline}} <span class="brand-tagline">– {{siteTagline}}</span>{{/siteTagline}}</a></p>
        <nav class="main-nav" aria-label="Hovedmenu">
        <ul>
        {{#nav}}<li><a href="{{navHref}}"{{#navCurrent}} aria-current="page"{{/navCurrent}}{{#navActive}} class="active"{{/navActive}}>{{navText}}</a></li>
        {{/nav}}</ul>
        </nav>
        </div>
        </header>
        """

    /// The footer: the same for every page at the same depth.
    static let frameBottom = """
        <footer class="site-footer">
        <div class="wrap footer-inner">
        <section aria-labelledby="fod-ansvarlig">
        <h2 id="fod-ansvarlig">Ansvarlig</h2>
        <p>{{#responsible}}{{responsible}}{{/responsible}}{{^responsible}}Ikke angivet{{/responsible}}</p>
        </section>
        <section aria-labelledby="fod-kontakt">
        <h2 id="fod-kontakt">Kontakt</h2>
        <ul class="plain">
        {{#contactName}}<li>{{#contactHref}}<a href="{{contactHref}}">{{contactName}}</a>{{/contactHref}}{{^contactHref}}{{contactName}}{{/contactHref}}</li>
        {{/contactName}}{{#contactEmail}}<li>E-mail: {{#contactEmailHref}}<a href="{{contactEmailHref}}">{{contactEmail}}</a>{{/contactEmailHref}}{{^contactEmailHref}}{{contactEmail}}{{/contactEmailHref}}</li>
        {{/contactEmail}}{{#contactPhone}}<li>Telefon: {{#contactPhoneHref}}<a href="{{contactPhoneHref}}">{{contactPhone}}</a>{{/contactPhoneHref}}{{^contactPhoneHref}}{{contactPhone}}{{/contactPhoneHref}}</li>
        {{/contactPhone}}</ul>
        </section>
        <section aria-labelledby="fod-om">
        <h2 id="fod-om">Om hjemmesiden</h2>
        <ul class="plain">
        <li><a href="{{statementHref}}">Tilgængelighedserklæring</a></li>
        <li><a href="{{dataHref}}">Åbne data</a></li>
        <li><a href="{{footerFeedHref}}">Ændringer som nyhedsfeed (Atom)</a></li>
        </ul>
        <p class="revision">Bygget fra {{revisionText}}.</p>
        </section>
        </div>
        </footer>
        """

    /// A description list of facts with the marks of their assumptions.
    static let facts = """
        {{^empty(facts)}}<dl class="facts">
        {{#facts}}{{> factOf}}{{/facts}}</dl>
        {{/empty(facts)}}

        """

    /// "Om oplysningerne": history, sources, assumptions and exceptions of the page's file.
    static let about = """
        {{#about}}<section class="about" aria-labelledby="om-oplysningerne">
        <h2 id="om-oplysningerne">Om oplysningerne</h2>
        <p>Oplysningerne på siden står i filen <code>{{aboutFile}}</code> i strategiens repository.{{#aboutLastChanged}} Senest ændret: {{aboutLastChanged}}.{{/aboutLastChanged}}</p>
        {{^empty(aboutAssumptions)}}<h3>Antagelser</h3>
        <p>Disse oplysninger er ikke fastslået af en kilde. De er markeret, hvor de står på siden. Noterne er skrevet på engelsk.</p>
        <ol class="assumptions">
        {{/empty(aboutAssumptions)}}{{#aboutAssumptions}}<li id="{{assumptionAnchor}}"><p><span class="tag tag-{{assumptionKindClass}}">{{assumptionKind}}</span> <strong>{{assumptionField}}</strong> <code>{{assumptionPointer}}</code> – {{assumptionMeaning}}.</p>
        <p lang="en">{{assumptionNote}}</p></li>
        {{/aboutAssumptions}}{{^empty(aboutAssumptions)}}</ol>
        {{/empty(aboutAssumptions)}}{{^aboutAssumptions}}<p>Ingen af oplysningerne i filen er markeret som antagelser: alt er fastslået af kilderne.</p>
        {{/aboutAssumptions}}{{^empty(aboutExceptions)}}<h3>Begrundede undtagelser</h3>
        <ul>
        {{/empty(aboutExceptions)}}{{#aboutExceptions}}<li><p><strong>{{exceptionScope}}</strong>: undtaget fra reglen “{{exceptionRule}}”{{#exceptionUntil}} til og med {{exceptionUntil}}{{/exceptionUntil}}.</p>
        <p lang="en">{{exceptionReason}}</p></li>
        {{/aboutExceptions}}{{^empty(aboutExceptions)}}</ul>
        {{/empty(aboutExceptions)}}<h3>Kilder</h3>
        {{^empty(aboutSources)}}<p>Noterne er skrevet på engelsk.</p>
        <ul class="sources">
        {{/empty(aboutSources)}}{{#aboutSources}}<li><p><strong>{{sourceKind}}</strong>{{#sourceScope}} ({{sourceScope}}){{/sourceScope}}{{#sourceHref}}: <a href="{{sourceHref}}">{{sourceHref}}</a>{{/sourceHref}}</p>
        <p lang="en">{{sourceNote}}</p></li>
        {{/aboutSources}}{{^empty(aboutSources)}}</ul>
        {{/empty(aboutSources)}}{{^aboutSources}}<p>Filen nævner ingen kilder.</p>
        {{/aboutSources}}<h3>Historik</h3>
        {{^empty(aboutHistory)}}<ol class="history">
        {{/empty(aboutHistory)}}{{#aboutHistory}}<li><p><strong>{{historyDate}}</strong>: {{historyVerdict}}{{#historyCommit}} <span class="commit">(commit <code>{{historyCommit}}</code>: {{historySubject}})</span>{{/historyCommit}}</p>
        {{^empty(historyLines)}}<ul>
        {{/empty(historyLines)}}{{#historyLines}}<li>{{.}}</li>
        {{/historyLines}}{{^empty(historyLines)}}</ul>
        {{/empty(historyLines)}}</li>
        {{/aboutHistory}}{{^empty(aboutHistory)}}</ol>
        {{/empty(aboutHistory)}}{{^aboutHistory}}<p>Historikken kendes ikke (der er ingen indsendte ændringer af filen).</p>
        {{/aboutHistory}}</section>
        {{/about}}
        """

    /// Groups of initiatives under headings of level 3.
    static let groups = """
        {{#groups}}<h3 id="{{groupID}}">{{groupHeading}}</h3>
        {{^empty(groupItems)}}<ul class="items">
        {{/empty(groupItems)}}{{#groupItems}}{{> itemOf}}{{/groupItems}}{{^empty(groupItems)}}</ul>
        {{/empty(groupItems)}}{{^groupItems}}<p>{{groupEmpty}}</p>
        {{/groupItems}}{{/groups}}
        """

    static var partials: [(String, String)] {
        [("frame-top", frameTop), ("frame-bottom", frameBottom), ("facts", facts), ("about", about), ("groups", groups)]
    }
}
