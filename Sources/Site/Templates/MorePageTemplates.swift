/// The bodies of the coverage, organisation, changes, reports, data and simple pages.
enum MorePageTemplates {
    static let coverage = """
        <h1>Dækning</h1>
        <p class="lead">Strategiens centrale regel: “{{rule}}” Siden viser for hver partner og hver involveret forvaltning, hvilke indsatser den ejer, og hvilke dage ingen af dem er igangværende.</p>
        {{#noSpan}}<p>Indholdet angiver ingen periode for strategien, så dækningen kan ikke vises.</p>
        {{/noSpan}}{{^noSpan}}<p>Perioden er {{spanText}}. En indsats tæller, så længe den er igangværende; en afsluttet eller sammenlagt indsats tæller til og med sin sidste dag. Tabellerne indeholder alle oplysningerne; tidslinjerne viser de samme oplysninger som billede.</p>
        <h2 id="forklaring">Sådan læses tidslinjerne</h2>
        {{{legend}}}
        {{/noSpan}}{{#partners}}<section aria-labelledby="{{partnerAnchor}}">
        <h2 id="{{partnerAnchor}}"><a href="{{partnerHref}}">{{partnerHeading}}</a></h2>
        <p class="table-title" id="{{partnerAnchor}}-tabel">{{tableCaption}}</p>
        <div class="table-wrap" role="region" aria-labelledby="{{partnerAnchor}}-tabel" tabindex="0">
        <table class="coverage" aria-labelledby="{{partnerAnchor}}-tabel">
        <thead><tr><th scope="col">Partner eller forvaltning</th><th scope="col">Skal dækkes</th><th scope="col">Indsatser og de dage, de tæller</th><th scope="col">Dage uden indsats</th><th scope="col">Vurdering</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row">{{rowName}}<br><span class="meta">{{rowKind}}</span></th><td>{{rowTarget}}</td><td>{{^empty(rowInitiatives)}}<ul class="plain">
        {{#rowInitiatives}}<li><a href="{{barHref}}">{{barText}}</a>: {{barPeriod}}</li>
        {{/rowInitiatives}}{{#rowMore}}<li>{{rowMore}}</li>
        {{/rowMore}}</ul>{{/empty(rowInitiatives)}}{{#empty(rowInitiatives)}}Ingen{{/empty(rowInitiatives)}}</td><td>{{#rowGapsNone}}Ingen{{/rowGapsNone}}{{^empty(rowGaps)}}<ul class="plain">
        {{#rowGaps}}<li>{{.}}</li>
        {{/rowGaps}}</ul>{{/empty(rowGaps)}}</td><td><strong>{{rowVerdict}}</strong>{{#rowExceptions}}<p>Begrundet undtagelse (på engelsk): <span lang="en">{{.}}</span></p>{{/rowExceptions}}</td></tr>
        {{/rows}}</tbody>
        </table>
        </div>
        <div class="chart" role="region" aria-label="{{chartLabel}}" tabindex="0">
        {{{svg}}}
        </div>
        </section>
        {{/partners}}
        """

    static let organisation = """
        <h1>Organisering</h1>
        {{#missing}}<p>Indholdet har ingen fil om organiseringen (strategy/organisation.json).</p>
        {{/missing}}{{^missing}}<p class="lead">Sådan er samarbejdet om strategien organiseret. Siden nævner roller, aldrig personer.</p>
        {{/missing}}{{#groups}}<section aria-labelledby="{{groupAnchor}}">
        <h2 id="{{groupAnchor}}">{{groupTitle}}</h2>
        {{^empty(groupFacts)}}<dl class="facts">
        {{#groupFacts}}{{> factOf}}{{/groupFacts}}</dl>
        {{/empty(groupFacts)}}{{^empty(groupDuties)}}<h3>Ansvar og opgaver</h3>
        <ul>
        {{#groupDuties}}<li>{{valueText}}{{#valueMarks}} <a class="mark mark-{{markKind}}" href="{{markHref}}">{{markText}}</a>{{/valueMarks}}</li>
        {{/groupDuties}}</ul>
        {{/empty(groupDuties)}}</section>
        {{/groups}}{{^missing}}<section aria-labelledby="indsatsernes-tovholdere">
        <h2 id="indsatsernes-tovholdere">Indsatsernes tovholdere</h2>
        {{#leadsMissing}}<p>Indholdet angiver ikke tovholderne for de enkelte indsatser.</p>
        {{/leadsMissing}}{{^leadsMissing}}<dl class="facts">
        {{#leads}}{{> factOf}}{{/leads}}</dl>
        {{/leadsMissing}}</section>
        <section aria-labelledby="afrapportering">
        <h2 id="afrapportering">Afrapportering</h2>
        {{^empty(reporting)}}<dl class="facts">
        {{#reporting}}{{> factOf}}{{/reporting}}</dl>
        {{/empty(reporting)}}{{#empty(reporting)}}<p>Indholdet beskriver ikke afrapporteringen.</p>
        {{/empty(reporting)}}</section>
        {{/missing}}{{> about}}
        """

    static let changes = """
        <h1>Ændringer</h1>
        <p class="lead">Hvad der er ændret i strategien: først fra version til version, derefter hver ændring af indholdet, nyeste først. Ændringerne kan også følges som <a href="{{feedHref}}">nyhedsfeed (Atom)</a>.</p>
        <section aria-labelledby="versioner">
        <h2 id="versioner">Versioner</h2>
        {{#versionsMissing}}<p>Historikken indeholder ingen versioner af strategien.</p>
        {{/versionsMissing}}{{#versions}}<section aria-labelledby="{{versionAnchor}}">
        <h3 id="{{versionAnchor}}">{{versionHeading}}</h3>
        <p>{{versionIntro}}</p>
        {{#versionKinds}}<h4>{{kindHeading}}</h4>
        <ul class="changes">
        {{#kindChanges}}{{> changeOf}}{{/kindChanges}}</ul>
        {{/versionKinds}}</section>
        {{/versions}}</section>
        <section aria-labelledby="historik">
        <h2 id="historik">Historik</h2>
        {{#commitsMissing}}<p>Der er ingen indsendte ændringer af indholdet.</p>
        {{/commitsMissing}}{{^commitsMissing}}<ol class="commits">
        {{#commits}}<li id="{{commitAnchor}}"><h3>{{commitDate}}: {{commitSubject}}</h3>
        <p class="meta">{{#commitID}}Commit <code>{{commitID}}</code> · {{/commitID}}{{commitHeadline}}</p>
        <ul class="changes">
        {{#commitChanges}}{{> changeOf}}{{/commitChanges}}{{#commitMore}}<li>{{commitMore}}</li>
        {{/commitMore}}</ul>
        </li>
        {{/commits}}</ol>
        {{/commitsMissing}}</section>

        """

    /// One ``ChangeItemView`` as the current object.
    static let changeOf = """
        <li>{{#changeHref}}<a href="{{changeHref}}">{{changeName}}</a>{{/changeHref}}{{^changeHref}}{{changeName}}{{/changeHref}}: {{changeVerdict}}{{^empty(changeLines)}}
        <ul>
        {{#changeLines}}<li>{{.}}</li>
        {{/changeLines}}</ul>{{/empty(changeLines)}}</li>

        """

    static let reportIndex = """
        <h1>Årsrapporter</h1>
        <p class="lead">Indsatsernes årlige afrapportering (afrapporteringsskemaer). Afrapporteringen sker én gang om året på et fælles møde, efter at politiets Tryghedsindeks er udkommet.</p>
        {{#reportsMissing}}<p>Indholdet har ingen afrapporteringer.</p>
        {{/reportsMissing}}{{#years}}<section aria-labelledby="{{yearAnchor}}">
        <h2 id="{{yearAnchor}}">{{yearHeading}}</h2>
        <ul class="items">
        {{#yearReports}}<li><a href="{{reportHref}}">{{reportTitle}}</a><br><span class="meta">{{reportInitiative}}{{#reportCovers}} · dækker {{reportCovers}}{{/reportCovers}}</span></li>
        {{/yearReports}}</ul>
        </section>
        {{/years}}
        """

    static let report = """
        <h1>{{heading}}</h1>
        {{> facts}}
        <p>Siden gengiver de oplysninger om afrapporteringen, som strategiens indhold har. Skemaets egen tekst er kun med, hvis den er skrevet ind i indholdet.</p>
        {{> about}}
        """

    static let data = """
        <h1>Åbne data</h1>
        <p class="lead">Strategien som åbne data, bygget fra {{revisionText}}. Filerne må frit genbruges.</p>
        <h2 id="filer">Filer</h2>
        <ul>
        <li><a href="{{jsonHref}}">Hele strategien som JSON</a> ({{jsonSize}})</li>
        <li><a href="{{csvHref}}">Indsatserne som CSV</a> ({{csvSize}}; UTF-8 med byte order mark, felter adskilt af semikolon)</li>
        <li><a href="{{feedHref}}">Ændringer som nyhedsfeed (Atom)</a></li>
        </ul>
        <h2 id="json">JSON-filens opbygning</h2>
        <p>Filen er ét JSON-objekt. Strukturens version er {{formatVersion}}; den hæves, hvis et felt skifter betydning eller forsvinder.</p>
        <p class="table-title" id="json-tabel">Felterne i JSON-filen</p>
        <div class="table-wrap" role="region" aria-labelledby="json-tabel" tabindex="0">
        <table aria-labelledby="json-tabel">
        <thead><tr><th scope="col">Felt</th><th scope="col">Indhold</th></tr></thead>
        <tbody>
        <tr><th scope="row"><code>format</code>, <code>formatVersion</code></th><td>„tryg-strategi“ og strukturens version.</td></tr>
        <tr><th scope="row"><code>revision</code></th><td>Den commit, dens dato og den version af strategien, filen er bygget fra (<code>null</code> for ændringer, der ikke er indsendt).</td></tr>
        <tr><th scope="row"><code>strategy</code>, <code>organisation</code></th><td>Strategien og organiseringen, som filerne <code>strategy/strategy.json</code> og <code>strategy/organisation.json</code> har dem.</td></tr>
        <tr><th scope="row"><code>partners</code>, <code>goals</code>, <code>initiatives</code>, <code>reports</code></th><td>Én post for hver fil i <code>strategy/partners</code>, <code>strategy/goals</code>, <code>strategy/initiatives</code> og <code>strategy/reports</code>, sorteret efter id.</td></tr>
        </tbody>
        </table>
        </div>
        <p>Hver post er filens indhold uden feltet <code>$schema</code> og følger skemaet for sin slags fil. Felterne <code>sources</code> og <code>assumptions</code> fortæller, hvor oplysningerne kommer fra, og hvilke der hviler på en antagelse.</p>
        {{^empty(schemas)}}<h2 id="skemaer">Skemaer</h2>
        <ul>
        {{#schemas}}<li><a href="{{linkHref}}">{{linkText}}</a></li>
        {{/schemas}}</ul>
        {{/empty(schemas)}}<h2 id="csv">CSV-filens kolonner</h2>
        <p class="table-title" id="csv-tabel">Kolonnerne i indsatser.csv</p>
        <div class="table-wrap" role="region" aria-labelledby="csv-tabel" tabindex="0">
        <table aria-labelledby="csv-tabel">
        <thead><tr><th scope="col">Kolonne</th><th scope="col">Indhold</th></tr></thead>
        <tbody>
        {{#csvColumns}}<tr><th scope="row"><code>{{columnName}}</code></th><td>{{columnMeaning}}</td></tr>
        {{/csvColumns}}</tbody>
        </table>
        </div>
        <p>En celle, der begynder med =, +, - eller @, får et ' foran, så regneark ikke læser teksten som en formel.</p>

        """

    static let simple = """
        <h1>{{heading}}</h1>
        {{#paragraphs}}<p>{{.}}</p>
        {{/paragraphs}}{{^empty(links)}}<ul>
        {{#links}}<li><a href="{{linkHref}}">{{linkText}}</a></li>
        {{/links}}</ul>
        {{/empty(links)}}
        """

    static var all: [(String, String)] {
        [
            ("coverage", coverage), ("organisation", organisation), ("changes", changes), ("changeOf", changeOf),
            ("report-index", reportIndex), ("report", report), ("data", data), ("simple", simple),
        ]
    }
}
