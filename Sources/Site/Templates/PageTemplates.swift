/// The bodies of the front page, the goals, the initiatives and the partners.
enum PageTemplates {
    static let home = """
        <h1>{{heading}}</h1>
        <p class="lead">{{#lead}}<span class="lead-part">{{valueText}}{{#valueMarks}} <a class="mark mark-{{markKind}}" href="{{markHref}}">{{markText}}</a>{{/valueMarks}}</span> {{/lead}}</p>
        <section aria-labelledby="formaal">
        <h2 id="formaal">Formål</h2>
        <p>{{purpose}}</p>
        </section>
        {{^empty(goals)}}<section aria-labelledby="maal">
        <h2 id="maal">Mål</h2>
        <ol class="cards">
        {{#goals}}<li class="card"><h3><a href="{{goalHref}}">{{goalNumber}}: {{goalName}}</a></h3><p>{{goalText}}</p><p class="meta">{{goalCount}}</p></li>
        {{/goals}}</ol>
        </section>
        {{/empty(goals)}}{{^empty(partners)}}<section aria-labelledby="partnere">
        <h2 id="partnere">Partnere</h2>
        <ul class="plain">
        {{#partners}}<li><a href="{{partnerHref}}">{{partnerName}}</a>{{#partnerSince}}, {{partnerSince}}{{/partnerSince}}</li>
        {{/partners}}</ul>
        </section>
        {{/empty(partners)}}{{^empty(adoption)}}<section aria-labelledby="vedtagelse">
        <h2 id="vedtagelse">Byrådets beslutning</h2>
        <dl class="facts">
        {{#adoption}}{{> factOf}}{{/adoption}}</dl>
        {{/empty(adoption)}}{{^empty(adoption)}}{{#adoptionLists}}<h3>{{listHeading}}</h3>
        <ul>
        {{#listEntries}}<li>{{.}}</li>
        {{/listEntries}}</ul>
        {{/adoptionLists}}</section>
        {{/empty(adoption)}}{{^empty(measurement)}}<section aria-labelledby="maaling">
        <h2 id="maaling">Måling</h2>
        <dl class="facts">
        {{#measurement}}{{> factOf}}{{/measurement}}</dl>
        </section>
        {{/empty(measurement)}}{{#economy}}<section aria-labelledby="oekonomi">
        <h2 id="oekonomi">Økonomi</h2>
        <p>{{valueText}}{{#valueMarks}} <a class="mark mark-{{markKind}}" href="{{markHref}}">{{markText}}</a>{{/valueMarks}}</p>
        </section>
        {{/economy}}{{#communication}}<section aria-labelledby="kommunikation">
        <h2 id="kommunikation">Kommunikation</h2>
        <p>{{valueText}}{{#valueMarks}} <a class="mark mark-{{markKind}}" href="{{markHref}}">{{markText}}</a>{{/valueMarks}}</p>
        {{/communication}}{{#communication}}{{^empty(channels)}}<ul>
        {{#channels}}<li>{{#channelHref}}<a href="{{channelHref}}">{{channelName}}</a>{{/channelHref}}{{^channelHref}}{{channelName}}{{/channelHref}}</li>
        {{/channels}}</ul>
        {{/empty(channels)}}</section>
        {{/communication}}<section aria-labelledby="senest">
        <h2 id="senest">Senest ændret</h2>
        {{#latest}}<p><strong>{{latestDate}}</strong>: {{latestSubject}}</p>
        <p>{{latestHeadline}}.</p>
        {{^empty(latestEntities)}}<ul>
        {{#latestEntities}}<li><a href="{{linkHref}}">{{linkText}}</a></li>
        {{/latestEntities}}{{#latestMore}}<li>{{latestMore}}</li>
        {{/latestMore}}</ul>
        {{/empty(latestEntities)}}{{/latest}}{{^latest}}<p>Historikken kendes ikke.</p>
        {{/latest}}<p><a href="{{changesHref}}">Alle ændringer</a></p>
        </section>
        {{> about}}
        """

    /// One ``FactView`` given as the current object, inside a `<dl>`.
    static let factOf = """
        <div class="fact">
        <dt>{{factTerm}}</dt>
        {{#factValues}}<dd{{#valueLang}} lang="{{valueLang}}"{{/valueLang}}>{{#valueHref}}<a href="{{valueHref}}">{{valueText}}</a>{{/valueHref}}{{^valueHref}}{{valueText}}{{/valueHref}}{{#valueMarks}} <a class="mark mark-{{markKind}}" href="{{markHref}}">{{markText}}</a>{{/valueMarks}}</dd>
        {{/factValues}}</div>

        """

    static let goalIndex = """
        <h1>Mål</h1>
        <p class="lead">Strategiens mål. Hvert mål har sine prioriterede tryghedsfremmende indsatser; mål og indsatser udgør tilsammen en helhedsorienteret indsats.</p>
        {{#goalsMissing}}<p>Indholdet har ingen mål.</p>
        {{/goalsMissing}}<ol class="cards">
        {{#goals}}<li class="card"><h2><a href="{{goalHref}}">{{goalNumber}}: {{goalName}}</a></h2><p>{{goalText}}</p><p class="meta">{{goalCount}}</p></li>
        {{/goals}}</ol>

        """

    static let goal = """
        <h1>{{heading}}</h1>
        {{> facts}}
        <section aria-labelledby="igangvaerende">
        <h2 id="igangvaerende">Igangværende og planlagte indsatser</h2>
        {{^empty(current)}}<ul class="items">
        {{#current}}{{> itemOf}}{{/current}}</ul>
        {{/empty(current)}}{{#empty(current)}}<p>Ingen igangværende eller planlagte indsatser arbejder for målet.</p>
        {{/empty(current)}}</section>
        {{^empty(past)}}<section aria-labelledby="afsluttede">
        <h2 id="afsluttede">Afsluttede og sammenlagte indsatser</h2>
        <ul class="items">
        {{#past}}{{> itemOf}}{{/past}}</ul>
        </section>
        {{/empty(past)}}{{> about}}
        """

    /// One initiative item given as the current object.
    static let itemOf = """
        <li><a href="{{itemHref}}">{{itemName}}</a> <span class="status status-{{itemStatusClass}}">{{itemStatus}}</span> <span class="period">{{itemPeriod}}</span>{{#itemOwners}}<br><span class="owners">Ejere: {{itemOwners}}</span>{{/itemOwners}}</li>

        """

    static let initiativeIndex = """
        <h1>Indsatser</h1>
        <p class="lead">Strategiens prioriterede tryghedsfremmende indsatser, {{total}} i alt, efter status og mål. En indsats, der arbejder for flere mål, står under hvert af dem.</p>
        {{^empty(statusSections)}}<nav aria-label="Indsatser efter status" class="toc"><ul>
        {{#statusSections}}<li><a href="#{{statusID}}">{{statusHeading}}</a> ({{statusCount}})</li>
        {{/statusSections}}</ul></nav>
        {{/empty(statusSections)}}{{#statusSections}}<section aria-labelledby="{{statusID}}">
        <h2 id="{{statusID}}">{{statusHeading}}</h2>
        {{> groups}}
        </section>
        {{/statusSections}}{{#empty(statusSections)}}<p>Indholdet har ingen indsatser.</p>
        {{/empty(statusSections)}}
        """

    static let initiative = """
        <h1>{{heading}}</h1>
        <p class="lead">{{statusLine}}</p>
        {{> facts}}
        {{^empty(reports)}}<section aria-labelledby="aarsrapporter">
        <h2 id="aarsrapporter">Årsrapporter</h2>
        <ul>
        {{#reports}}<li><a href="{{linkHref}}">{{linkText}}</a></li>
        {{/reports}}</ul>
        </section>
        {{/empty(reports)}}{{> about}}
        """

    static let partnerIndex = """
        <h1>Partnere og forvaltninger</h1>
        <p class="lead">Strategiens partnere og deres forvaltninger og enheder. Hver partner og hver involveret forvaltning skal have mindst én igangværende indsats i hele perioden.</p>
        {{#partners}}<section class="card" aria-labelledby="{{summaryID}}">
        <h2 id="{{summaryID}}"><a href="{{summaryHref}}">{{summaryName}}</a></h2>
        <p class="meta">{{summarySince}} · {{summaryCount}}</p>
        {{^empty(summaryUnits)}}<ul>
        {{#summaryUnits}}<li>{{.}}</li>
        {{/summaryUnits}}</ul>
        {{/empty(summaryUnits)}}</section>
        {{/partners}}
        """

    static let partner = """
        <h1>{{heading}}</h1>
        {{> facts}}
        <p><a href="{{coverageHref}}">Se dækningen for {{heading}} år for år</a></p>
        {{^empty(unitRows)}}<section aria-labelledby="enheder">
        <h2 id="enheder">Forvaltninger og enheder</h2>
        <p class="table-title" id="enheder-tabel">Forvaltninger og enheder hos {{heading}}</p>
        <div class="table-wrap" role="region" aria-labelledby="enheder-tabel" tabindex="0">
        <table aria-labelledby="enheder-tabel">
        <thead><tr><th scope="col">Navn</th><th scope="col">Involveret i dækningsreglen</th><th scope="col">Indsatser</th></tr></thead>
        <tbody>
        {{#unitRows}}<tr><th scope="row"><a href="{{unitHref}}">{{unitName}}</a></th><td>{{unitInvolved}}</td><td>{{unitCount}}</td></tr>
        {{/unitRows}}</tbody>
        </table>
        </div>
        </section>
        {{/empty(unitRows)}}<section aria-labelledby="ejer">
        <h2 id="ejer">Indsatser over tid</h2>
        {{#owners}}<h3 id="{{ownerID}}">{{ownerHeading}}</h3>
        {{#ownerNote}}<p>{{ownerNote}}</p>
        {{/ownerNote}}{{^empty(ownerItems)}}<ul class="items">
        {{#ownerItems}}{{> itemOf}}{{/ownerItems}}</ul>
        {{/empty(ownerItems)}}{{#empty(ownerItems)}}<p>{{ownerEmpty}}</p>
        {{/empty(ownerItems)}}{{/owners}}</section>
        {{> about}}
        """

    static var all: [(String, String)] {
        [
            ("home", home), ("factOf", factOf), ("goal-index", goalIndex), ("goal", goal), ("itemOf", itemOf),
            ("initiative-index", initiativeIndex), ("initiative", initiative), ("partner-index", partnerIndex),
            ("partner", partner),
        ]
    }
}
