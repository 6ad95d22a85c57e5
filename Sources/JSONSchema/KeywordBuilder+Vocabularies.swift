import JSON
import Messages

extension KeywordBuilder {
    /// Keywords of the applicator vocabulary.
    mutating func addApplicator(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> Bool {
        switch keyword {
        case "allOf":
            keywords.append(AllOfKeyword(children: try schemaArray(keyword, value), at: at(keyword)))
        case "anyOf", "oneOf":
            keywords.append(AlternativesKeyword(name: keyword, children: try schemaArray(keyword, value), at: at(keyword)))
        case "not":
            keywords.append(NotKeyword(child: try subschema(keyword), at: at(keyword)))
        case "if":
            let then = object["then"] == nil ? nil : try subschema("then")
            let otherwise = object["else"] == nil ? nil : try subschema("else")
            keywords.append(
                ConditionalKeyword(condition: try subschema(keyword), then: then, otherwise: otherwise, at: at(keyword)))
        case "then", "else":
            break  // with "if"; alone they are ignored
        case "dependentSchemas":
            keywords.append(DependentSchemasKeyword(dependencies: try schemaMap(keyword, value), at: at(keyword)))
        case "dependencies":
            try addDependencies(value)
        case "properties", "patternProperties", "additionalProperties":
            if !membersAdded { try addMembers() }
        case "propertyNames":
            keywords.append(PropertyNamesKeyword(child: try subschema(keyword), at: at(keyword)))
        case "prefixItems":
            keywords.append(PrefixItemsKeyword(children: try schemaArray(keyword, value), at: at(keyword)))
        case "items":
            var start = 0
            if case .array(let prefix)? = object["prefixItems"]?.kind { start = prefix.count }
            keywords.append(ItemsKeyword(child: try subschema(keyword), start: start, at: at(keyword)))
        case "contains":
            var minimum = 1
            var maximum: Int?
            if vocabularies.contains(.validation) {
                if let m = object["minContains"] { minimum = try count("minContains", m) }
                if let m = object["maxContains"] { maximum = try count("maxContains", m) }
            }
            let contains = ContainsKeyword(child: try subschema(keyword), minimum: minimum, maximum: maximum, at: at(keyword))
            if object["minContains"] != nil { contains.minimumLocation = ("minContains", at("minContains")) }
            if object["maxContains"] != nil { contains.maximumLocation = ("maxContains", at("maxContains")) }
            keywords.append(contains)
        default:
            return false
        }
        return true
    }

    /// `properties`, `patternProperties` and `additionalProperties` together, as one ``MembersKeyword``
    /// where the first of them is written.
    private mutating func addMembers() throws(SchemaError) {
        membersAdded = true
        var properties: [(String, SchemaNode)] = []
        if let value = object["properties"] { properties = try schemaMap("properties", value) }
        var patterns: [(PatternMatcher, SchemaNode)] = []
        if let value = object["patternProperties"] {
            guard case .object(let map) = value.kind else {
                throw fail("patternProperties", Problem.schemaMap, value)
            }
            for member in map.members {
                let regex = try compiler.regex(member.key, at: location("patternProperties", member.key))
                patterns.append((regex, try subschema("patternProperties", member.key)))
            }
        }
        let additional = object["additionalProperties"] == nil ? nil : try subschema("additionalProperties")
        keywords.append(
            MembersKeyword(
                properties: properties, patterns: patterns, additional: additional,
                locations: (at("properties"), at("patternProperties"), at("additionalProperties"))))
    }

    /// Keywords of the unevaluated vocabulary (kept for last).
    mutating func addUnevaluated(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> Bool {
        switch keyword {
        case "unevaluatedProperties":
            let keywordObject = UnevaluatedPropertiesKeyword(child: try subschema(keyword), at: at(keyword))
            compiler.unevaluatedProperties.append((keywordObject, node))
            last.append(keywordObject)
        case "unevaluatedItems":
            last.append(UnevaluatedItemsKeyword(child: try subschema(keyword), at: at(keyword)))
        default:
            return false
        }
        return true
    }

    /// Keywords of the validation vocabulary.
    mutating func addValidation(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> Bool {
        switch keyword {
        case "type":
            keywords.append(try typeKeyword(value))
        case "enum":
            guard case .array(let values) = value.kind else { throw fail(keyword, Problem.allowedValues, value) }
            keywords.append(EnumKeyword(values: values, at: at(keyword)))
        case "const":
            keywords.append(ConstKeyword(value: value, at: at(keyword)))
        case "multipleOf":
            let divisor = try number(keyword, value)
            guard JSONNumber.compare(divisor, JSONNumber(0)) > 0 else {
                throw fail(keyword, Problem.positive(found: divisor), value)
            }
            guard divisor.significantDigitCount <= MultipleOfKeyword.maxDivisorDigits else {
                throw fail(
                    keyword,
                    Problem.divisorTooLong(digits: divisor.significantDigitCount, limit: MultipleOfKeyword.maxDivisorDigits),
                    value)
            }
            keywords.append(MultipleOfKeyword(divisor: divisor, at: at(keyword)))
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
            keywords.append(BoundKeyword(name: keyword, limit: try number(keyword, value), at: at(keyword)))
        case "minLength", "maxLength":
            keywords.append(LengthKeyword(name: keyword, limit: try count(keyword, value), at: at(keyword)))
        case "pattern":
            guard case .string(let source) = value.kind else { throw fail(keyword, Problem.regex, value) }
            keywords.append(PatternKeyword(regex: try compiler.regex(source, at: location(keyword)), at: at(keyword)))
        case "minItems", "maxItems", "minProperties", "maxProperties":
            keywords.append(CountKeyword(name: keyword, limit: try count(keyword, value), at: at(keyword)))
        case "uniqueItems":
            guard case .bool(let unique) = value.kind else { throw fail(keyword, Problem.boolean, value) }
            if unique { keywords.append(UniqueItemsKeyword(name: keyword, absoluteLocation: at(keyword))) }
        case "required":
            keywords.append(RequiredKeyword(names: try strings(keyword, value), at: at(keyword)))
        case "dependentRequired":
            guard case .object(let map) = value.kind else { throw fail(keyword, Problem.dependentRequired, value) }
            var dependencies: [(String, [String])] = []
            for member in map.members { dependencies.append((member.key, try strings(keyword, member.value))) }
            keywords.append(DependentRequiredKeyword(dependencies: dependencies, at: at(keyword)))
        case "minContains", "maxContains":
            _ = try count(keyword, value)  // used by "contains"
        default:
            return false
        }
        return true
    }

    /// The pre-2019 `dependencies` keyword, kept for compatibility: arrays act as `dependentRequired`,
    /// schemas as `dependentSchemas`.
    private mutating func addDependencies(_ value: JSONValue) throws(SchemaError) {
        guard case .object(let map) = value.kind else { throw fail("dependencies", Problem.object, value) }
        var names: [(String, [String])] = []
        var schemas: [(String, SchemaNode)] = []
        for member in map.members {
            if case .array = member.value.kind {
                names.append((member.key, try strings("dependencies", member.value)))
            } else {
                schemas.append((member.key, try subschema("dependencies", member.key)))
            }
        }
        if !names.isEmpty {
            keywords.append(DependentRequiredKeyword(name: "dependencies", dependencies: names, at: at("dependencies")))
        }
        if !schemas.isEmpty {
            keywords.append(DependentSchemasKeyword(name: "dependencies", dependencies: schemas, at: at("dependencies")))
        }
    }

    private func typeKeyword(_ value: JSONValue) throws(SchemaError) -> Keyword {
        var names: [String] = []
        switch value.kind {
        case .string(let s): names = [s]
        case .array(let elements):
            for element in elements {
                guard case .string(let s) = element.kind else { throw fail("type", Problem.typeNames, value) }
                names.append(s)
            }
        default: throw fail("type", Problem.typeNames, value)
        }
        var types: TypeSet = []
        for name in names {
            guard let type = TypeSet.names.first(where: { $0.0 == name })?.1 else {
                throw fail("type", Problem.unknownType(name), value)
            }
            types.insert(type)
        }
        return TypeKeyword(types: types, names: names, at: at("type"))
    }
}
