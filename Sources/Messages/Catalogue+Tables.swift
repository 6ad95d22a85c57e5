extension Catalogue {
    /// Every English template, by key: the tables of each area merged.
    static let english: [String: String] = merge([
        English.common, English.syntax, English.validation, English.rules, English.ruleTexts, English.engine, English.output,
        English.diff,
        English.authoring, English.site, English.schema, English.schemaCompile,
    ])

    /// Every Danish template, by key.
    static let danish: [String: String] = merge([
        Danish.common, Danish.syntax, Danish.validation, Danish.rules, Danish.ruleTexts, Danish.engine, Danish.output,
        Danish.diff,
        Danish.authoring, Danish.site, Danish.schema, Danish.schemaCompile,
    ])

    private static func merge(_ tables: [[String: String]]) -> [String: String] {
        var all: [String: String] = [:]
        for table in tables { all.merge(table) { first, _ in first } }
        return all
    }

    /// The areas' tables, for the tests that check that no key is defined twice.
    public static func tables(_ language: Language) -> [[String: String]] {
        switch language {
        case .en:
            return [
                English.common, English.syntax, English.validation, English.rules, English.ruleTexts, English.engine,
                English.output, English.diff, English.authoring, English.site, English.schema, English.schemaCompile,
            ]
        case .da:
            return [
                Danish.common, Danish.syntax, Danish.validation, Danish.rules, Danish.ruleTexts, Danish.engine, Danish.output,
                Danish.diff, Danish.authoring, Danish.site, Danish.schema, Danish.schemaCompile,
            ]
        }
    }
}

/// The English templates, one table per area.
enum English {}

/// The Danish templates, one table per area.
enum Danish {}
