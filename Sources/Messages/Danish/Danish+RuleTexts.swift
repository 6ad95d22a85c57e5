extension Danish {
    /// Hver regels resumé og forklaring (`tryg rules NAVN`).
    static let ruleTexts: [String: String] = [
        "rule.partner-coverage.summary": #"Hver partner ejer mindst én igangværende indsats hver dag i strategiperioden."#,
        "rule.partner-coverage.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871, Organisering) kræver: "Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden".

        For hver partner er de dage, der skal være dækket, strategiperioden (strategy.json "period") afgrænset til den tid, partneren er med ("joined" til "left"). En indsats tæller på dagene i sin periode, mens dens status er igangværende (active; uden slutdato løber den til strategiperiodens slutning); afsluttede og sammenlagte indsatser tæller til og med deres sidste dag. En ejer skrevet "partner/enhed" tæller også for partneren. Begge ender af en periode er med, så en indsats, der slutter 30. juni 2019, og en anden, der begynder 1. juli 2019, efterlader intet hul. Hvert hul vises med første og sidste dag.
        """#,
        "rule.unit-coverage.summary": #"Hver involveret enhed ejer mindst én igangværende indsats hver dag i strategiperioden."#,
        "rule.unit-coverage.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871, Organisering) kræver: "Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden" – altså hver involveret forvaltning.

        For hver enhed med "involved": true er de dage, der skal være dækket, strategiperioden afgrænset til den tid, partneren er med. Kun indsatser, der nævner enheden selv blandt ejerne ("aalborg-kommune/skoleforvaltningen"), tæller; deres dage tælles som for partner-coverage (igangværende: hele perioden, uden slutdato til strategiens slutning; afsluttet eller sammenlagt: til og med sidste dag; begge ender med). En enhed, der ikke er involveret ("involved": false), kontrolleres ikke.
        """#,
        "rule.goal-coverage.summary": #"Hvert mål har mindst én igangværende indsats."#,
        "rule.goal-coverage.explanation": #"""
        Strategiens mål nås gennem de prioriterede indsatser. Beslutningsgrundlaget (sag 2018-021871, Mål): "For hvert mål er der prioriterede tryghedsskabende handlingsorienterede indsatser". Et mål, som ingen igangværende indsats nævner i sine "goals", er et mål, ingen arbejder for.

        En indsats tæller, når dens status er "active" (igangværende). Indsatser, hvis mål ikke kendes (en tom "goals"-liste), er tilladt og tæller blot for intet mål.
        """#,
        "rule.reference-resolves.summary": #"Hver henvisning nævner et mål, en partner, en enhed eller en indsats, der findes."#,
        "rule.reference-resolves.explanation": #"""
        Strategiens dele hænger sammen ved id'er: indsatser nævner deres mål ("For hvert mål er der prioriterede tryghedsskabende handlingsorienterede indsatser", sag 2018-021871), deres ejere og deltagere som "partner" eller "partner/enhed", og hvad de er sammenlagt med, har optaget eller afløst; organiseringen nævner de partnere og enheder, medlemmerne hører til; en årsrapport nævner sin indsats. En henvisning, der ikke peger på noget, er en tastefejl eller en fjernet enhed, og alle regler, der tæller, ville tælle forkert uden at sige det.

        Mål og indsatser nævnes ved id (filnavnet); partnere ved id og enheder som "partner-id/enheds-id". Meldingen foreslår det nærmeste id, der findes.
        """#,
        "rule.assumption-field-resolves.summary":
            #"Hver antagelse peger med en JSON Pointer på et felt, filen har (medmindre feltet er ukendt)."#,
        "rule.assumption-field-resolves.explanation": #"""
        Alt, hvad kilderne ikke fastslår, markeres felt for felt i filens "assumptions" som "inferred" (udledt), "chosen" (valgt) eller "unknown" (ukendt) (strategy/README.md, Kilder og antagelser). Markeringen skal sidde på et felt, der findes: en pointer som "/owners/0", der ikke længere peger på noget efter en rettelse, får en værdi til at se dokumenteret ud, selv om den ikke er det.

        "field" er en JSON Pointer i samme fil ("/period/from", "/owners/0"). Ved "unknown" må feltet mangle, fordi kilderne intet siger, og værdien er udeladt.
        """#,
        "rule.id-matches-file.summary":
            #"Hvert id er lig med filens navn; en årsrapport ligger som reports/<år>/<indsats>.json."#,
        "rule.id-matches-file.explanation": #"""
        Hver fil beskriver én ting (en indsats, et mål, en partner …), og filnavnet er dens id; et id ændres aldrig (strategy/README.md). Henvisninger, forskellen mellem versioner og historikken følger id'er, så et "id"-felt, der ikke stemmer med filnavnet, får den samme indsats til at se ud som to.

        Partnere, mål og indsatser skriver deres id i "id", som skal være filnavnet uden ".json". En årsrapport har intet eget id: dens filnavn skal være id'et på den indsats, den rapporterer om, og dens mappe det år, den hører til.
        """#,
        "rule.unique-ids.summary": #"En partners enheder har forskellige id'er; målene har forskellige numre."#,
        "rule.unique-ids.explanation": #"""
        Henvisninger nævner en enhed som "partner-id/enheds-id" (strategy/README.md, Henvisninger), så to enheder hos samme partner med samme id gør enhver henvisning til dem tvetydig, og dækningsreglerne ("Alle involverede forvaltninger … skal have mindst en igangværende indsats i hele perioden") kunne ikke se, hvilken forvaltning der ejer hvad. Målene er nummererede (beslutningsgrundlaget nævner fem: "Målene i Tryg Aalborg Version 2 er: …"); to mål med samme nummer er en fejl.
        """#,
        "rule.period-order.summary": #"Hver periode slutter samme dag eller senere, end den begynder."#,
        "rule.period-order.explanation": #"""
        Perioder er hele dage med begge ender medregnet; en periode uden "to" er løbende (strategy/README.md, Perioder). En periode, hvis "to" ligger før dens "from", har slet ingen dage, så dækningskravet ("skal have mindst en igangværende indsats i hele perioden") og alle andre datoregler ville læse den forkert. Det samme gælder en partner, der udtrådte, før den trådte ind.
        """#,
        "rule.period-within-strategy.summary":
            #"Indsatser og årsrapporter ligger inden for strategiens tid (dens versioners perioder)."#,
        "rule.period-within-strategy.explanation": #"""
        En indsats er en del af strategien, så dens periode ligger inden for strategiens tid: fra første dag i den tidligste version (strategy.json "previousVersions") til sidste dag i den nuværende "period". En indsats' periode går på tværs af versioner: den begynder i den version, der tilføjede den (strategy/README.md, Perioder), så en indsats, der er videreført fra Version 1, kan begynde før den nuværende periode, og en, der sluttede i Version 1, kan ligge helt før den. Beslutningsgrundlaget (sag 2018-021871): "I den nye version … vil der være tryghedsfremmende indsatser, der ikke længere indgår i strategiarbejdet, andre vil blive justeret, og der vil komme nye til." Planlagte indsatser må begynde efter strategiens nuværende periode.

        En årsrapport hører til et år i strategiens tid, og dens "covers"-periode overlapper det år.
        """#,
        "rule.former-name-dates.summary":
            #"Tidligere navne er dateret inden for indsatsens periode, i rækkefølge, og adskiller sig fra dens navn."#,
        "rule.former-name-dates.explanation": #"""
        Når en indsats omdøbes, ændres "name", og det gamle navn tilføjes "formerNames" med den sidste dag, det blev brugt (strategy/README.md, Omdøb); beslutningsgrundlaget nævner sådanne navneskift mellem versionerne (""Rusmiddelseminar" har ændret navn til "Forebyggelsesseminarer""). Den sidste dag for et tidligere navn ligger inden for indsatsens periode, navnene står ældste først, og intet af dem er lig med det nuværende navn.
        """#,
        "rule.status-matches-period.summary":
            #"En igangværende indsats' periode er ikke slut; en planlagt indsats' start er ikke passeret."#,
        "rule.status-matches-period.explanation": #"""
        En indsats tæller som igangværende ("skal have mindst en igangværende indsats i hele perioden"), mens dens status er active. En igangværende indsats, hvis periode sluttede før kontroldagen (--as-of), burde være afsluttet ("status": "ended" med "endedReason") eller sammenlagt; en planlagt indsats, hvis første dag er passeret, burde være sat i gang eller have fået en ny startdato.
        """#,
        "rule.merged-into-active.summary":
            #"En sammenlagt indsats nævner i mergedInto en indsats, der fortsætter; ingen cirkler."#,
        "rule.merged-into-active.explanation": #"""
        Når indsatser lægges sammen, fører den, der overtager, arbejdet videre; beslutningsgrundlaget: ""Dit Kvarter" er overgået til indsatsen Aalborg "FRI-TID"". En sammenlagt indsats nævner derfor i "mergedInto" en indsats, der er igangværende eller planlagt, ikke en, der selv er afsluttet eller sammenlagt (nævn da den, der til sidst overtog). Indsatser, der er lagt sammen med hinanden i en cirkel, vises én gang med hele cirklen. Ukendte id'er overlades til reference-resolves.
        """#,
        "rule.absorbed-matches-merged-into.summary":
            #"En indsats nævner i absorbed netop de indsatser, der er lagt sammen med den."#,
        "rule.absorbed-matches-merged-into.explanation": #"""
        En sammenlægning skrives på begge sider (strategy/README.md, Sammenlæg): den sammenlagte indsats får "status": "merged", sin sidste dag og "mergedInto", og den indsats, der overtager, tilføjer det gamle id til sin "absorbed". Beslutningsgrundlagets eksempel: ""Dit Kvarter" er overgået til indsatsen Aalborg "FRI-TID"". Begge sider skal stemme overens, så historikken læses ens fra begge filer.
        """#,
        "rule.steering-group-covers-partners.summary": #"Styregruppen har et medlem fra hver af strategiens partnere."#,
        "rule.steering-group-covers-partners.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871, Styregruppen): "Socialchef ved Aalborg Kommune, Vicepolitiinspektør/Leder af Patruljecenter Aalborg ved Nordjyllands Politi og Ledende Socialrådgiver ved Aalborg Universitetshospital – Psykiatrien. Styregruppen har det overordnede ansvar for strategien." – én leder fra hver partner. Hver partner, der er med i strategiperioden (fra "joined" til "left"), har et medlem dér; et medlem knyttet til en af partnerens enheder tæller for partneren.
        """#,
        "rule.two-tovholdere.summary": #"Strategien har mindst to tovholdere fra mindst to partnere."#,
        "rule.two-tovholdere.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871): "Tovholderne for den samlede strategi består af Netværkskoordinator ved Aalborg Kommune og Forebyggelseskonsulent ved Nordjyllands Politi." De faciliterer Styregruppen og Koordinationsgruppen og står for strategiens formidling som en fælles opgave mellem partnerne. Reglen kræver mindst to tovholdere (organisation.json "tovholdere.members"), og at de hører til mindst to forskellige partnere, som beslutningsgrundlagets gør.
        """#,
        "rule.initiative-has-owner.summary":
            #"Hver igangværende indsats nævner mindst én ejer (en partner eller enhed, der er ansvarlig for den)."#,
        "rule.initiative-has-owner.explanation": #"""
        Hver indsats har nogen, der er ansvarlig for den. Beslutningsgrundlaget (sag 2018-021871): "Tovholderne for de enkelte indsatser er ansvarlige for "egne" prioriterede indsatser, og er ansvarlige for formidling omkring "egne" indsatser." Ejerskab er det, dækningskravet tæller ("Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden"). En igangværende indsats med en tom "owners"-liste tæller for ingen.

        Standardniveauet er advarsel, ikke fejl: når kilderne ikke siger, hvem der ejer en indsats, lader indholdet "owners" stå tom og markerer det som ukendt i "assumptions" i stedet for at opfinde en ejer, og det er ærligt indhold, ikke en fejl i filen.
        """#,
        "rule.yearly-report.summary": #"Hver igangværende indsats har sin årsrapport for hvert afsluttet år i strategiperioden."#,
        "rule.yearly-report.explanation": #"""
        Der afrapporteres om strategien én gang om året. Beslutningsgrundlaget (sag 2018-021871, Status/Afrapportering): "Afrapportering sker én gang årligt på et fælles møde efter Tryghedsindekset er udkommet"; sagen nævner 4. afrapporterings skemaer (afrapporteringsskemaer), ét pr. indsats. En årsrapport gemmes som strategy/reports/<år>/<indsats-id>.json.

        Et år er afsluttet, når kontroldagen (--as-of, som standard i dag) ligger efter 31. december det år. For hver indsats skal hvert afsluttet år i strategiens nuværende periode, hvor indsatsen var igangværende (active; afsluttet eller sammenlagt til og med sidste dag), have en årsrapport; de manglende år vises samlet. Standardniveauet er advarsel: en rapport, der mangler i repositoriet, kan findes på papir uden at være registreret endnu. En undtagelse fra denne regel i strategy.json undskylder alle indsatser, når kilderne mangler rapporter for en hel version.
        """#,
    ]
}
