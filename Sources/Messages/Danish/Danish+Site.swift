extension Danish {
    /// `tryg site` og afsnittet "site" i tryg.json.
    static let site: [String: String] = [
        "config.site.not-an-object": #""site" skal være et objekt med "baseURL", "statementURL", "responsible" og "contact""#,
        "config.site.contact-not-an-object": #""site.contact" skal være et objekt med "name", "email", "phone" eller "url""#,
        "config.site.not-a-string": "{pointer} i tryg.json skal være en tekst, der ikke er tom",
        "config.site.hint": #"se afsnittet "site" i schemas/config.schema.json"#,
        "usage.site-output": "--output skal have en mappe",
        "site.refused":
            "hjemmesiden blev ikke bygget: {snapshot} har {count} {count:fejl|fejl} (ret {count:den|dem}, eller byg med --allow-errors)",
        "site.wrote": "skrev {files} filer ({size} KiB) til {folder} fra {snapshot}",
        "site.no-statement":
            "tryg.json angiver ingen site.statementURL; siderne linker til was/index.html, som siger det",
        "site.no-base-url": "tryg.json angiver ingen site.baseURL; sitemap udelades",
        "site.note-label": "bemærk:",
        "site.write.bad-output": "kan ikke skrive hjemmesiden til '{path}': angiv en mappe",
        "site.write.not-a-folder": "kan ikke skrive hjemmesiden til '{path}': det er en fil, ikke en mappe",
        "site.write.not-a-site":
            "erstatter ikke '{path}': mappen er ikke tom og blev ikke skrevet af tryg site (ingen .tryg-site-fil); vælg en ny eller tom mappe",
        "site.write.bad-path": "hjemmesiden har en fil med en sti, der ikke kan bruges: '{path}'",
        "site.write.cannot-write": "kan ikke skrive '{path}': {reason}",
        "site.write.cannot-move":
            "kan ikke sætte den nye hjemmeside på plads i '{path}': {reason}; den gamle (hvis der var en) er uændret",
    ]
}
