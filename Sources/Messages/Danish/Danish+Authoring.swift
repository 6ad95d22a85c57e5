extension Danish {
    /// Redigeringskommandoerne (new, rename, end, merge, owners, fmt), deres spørgsmål, og reglerne om
    /// ejere og historik.
    static let authoring: [String: String] = [
        "rule.owner-is-partner.summary": #"En ejer er partner i strategien (trådt ind og ikke udtrådt) på hver dag, den ejer en indsats."#,
        "rule.owner-is-partner.explanation": #"""
            Beslutningsgrundlaget (sag 2018-021871): "Fra 2018 indgår Nordjyllands Politi og Aalborg Kommune partnerskab med Region Nordjylland - Psykiatrien. Således vil tryghedsstrategien også indbefatte prioriterede tryghedsfremmende indsatser udarbejdet i fællesskab mellem Region Nordjylland - Psykiatrien, Nordjyllands Politi og Aalborg Kommune." En partner ejer strategiens indsatser, mens den er med i strategien, fra "joined" til "left" i dens partnerfil; en enhed regnes som sin partner.

            En ejer ejer en indsats i hele indsatsens periode eller – skrevet {"owner": "<partner-id>", "from": "ÅÅÅÅ-MM-DD", "to": "ÅÅÅÅ-MM-DD"} – på sine egne dage inden for den; dækningsreglerne tæller den kun på de dage. Reglen melder de dage, hvor en ejer ejer en indsats, før dens partner trådte ind eller efter den udtrådte, og egne datoer, der ligger uden for indsatsens periode eller går baglæns. `tryg owners ID --add EJER --on DATO` skriver sådan en post.
            """#,
        "rule.owner-is-partner.before-joining":
            "{owner} ejer “{initiative}” fra {from}, men trådte først ind i strategien {joined}",
        "rule.owner-is-partner.after-leaving": "{owner} ejer “{initiative}” efter at være udtrådt af strategien {left}",
        "rule.owner-is-partner.joined-here": "dagen, partneren trådte ind",
        "rule.owner-is-partner.left-here": "dagen, partneren udtrådte",
        "rule.owner-is-partner.hint":
            #"giv ejerskabet sine egne datoer: skriv ejeren som {entry} (tryg owners {id} --add … --on DATO skriver det)"#,
        "rule.owner-is-partner.backwards": "ejerskabet slutter {to}, før det begynder {from}",
        "rule.owner-is-partner.from-outside": "ejerskabet begynder {day}, uden for indsatsens periode ({period})",
        "rule.owner-is-partner.to-outside": "ejerskabet slutter {day}, uden for indsatsens periode ({period})",
        "rule.owner-is-partner.dates.hint":
            #"en ejers "from" og "to" ligger inden for indsatsens periode; udelad dem, når ejeren ejer indsatsen hele vejen"#,
    ]
}
