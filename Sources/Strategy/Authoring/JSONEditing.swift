import JSON

/// Small edits of JSON values for the authoring commands. Each returns a new value; members keep
/// their place (a new member goes last: the canonical format orders members by the schema anyway).
extension JSONValue {
    /// The object with member `key` set to `value` (replaced where it stands, or appended).
    public func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        var members = objectValue?.members ?? []
        if let i = members.lastIndex(where: { $0.key == key }) {
            members[i].value = value
        } else {
            members.append(JSONMember(key: key, value: value))
        }
        return JSONValue(.object(JSONObject(members)), offset: offset)
    }

    /// The object without member `key`.
    public func removing(_ key: String) -> JSONValue {
        let members = (objectValue?.members ?? []).filter { $0.key != key }
        return JSONValue(.object(JSONObject(members)), offset: offset)
    }

    /// The array member `key` of this object with `element` appended (made when missing).
    public func appending(_ element: JSONValue, to key: String) -> JSONValue {
        setting(key, JSONValue(.array((self[key]?.arrayValue ?? []) + [element])))
    }

    /// A string value made in code.
    static func text(_ string: String) -> JSONValue { JSONValue(.string(string)) }

    /// An object made in code, members in the order given.
    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) })))
    }
}

/// Keeps an entity's `assumptions` pointing at the right fields when an element of one of its
/// arrays goes away: assumptions about the removed element are dropped, those about later elements
/// move down by one.
enum AssumptionFields {
    /// `entity` with its assumptions updated for the removal of element `index` of array `key`.
    static func removing(element index: Int, of key: String, in entity: JSONValue) -> JSONValue {
        guard let assumptions = entity["assumptions"]?.arrayValue else { return entity }
        let prefix = "/\(key)/"
        var kept: [JSONValue] = []
        for assumption in assumptions {
            guard let field = assumption["field"]?.stringValue, field.hasPrefix(prefix) else {
                kept.append(assumption)
                continue
            }
            let rest = field.dropFirst(prefix.count)
            let number = rest.prefix { $0 != "/" }
            guard let position = Int(number) else {
                kept.append(assumption)
                continue
            }
            if position == index { continue }
            if position < index {
                kept.append(assumption)
            } else {
                kept.append(assumption.setting("field", .text(prefix + String(position - 1) + rest.dropFirst(number.count))))
            }
        }
        return kept.isEmpty ? entity.removing("assumptions") : entity.setting("assumptions", JSONValue(.array(kept)))
    }
}
