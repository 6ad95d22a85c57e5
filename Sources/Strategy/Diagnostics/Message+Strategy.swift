import Messages

extension Message.Argument {
    /// A day of the content: "1. januar 2018" in Danish prose, "2018-01-01" in English.
    public static func day(_ day: Day) -> Message.Argument {
        let parts = day.parts
        return .date(year: parts.year, month: parts.month, day: parts.day)
    }

    /// A day, or "(none)" / "(ingen)".
    public static func day(_ day: Day?) -> Message.Argument {
        day.map { .day($0) } ?? .message(Message("common.none"))
    }

    /// An entity's name in typographic quotes: “Tryg Bydel”. Left out of a message's identity.
    public static func quotedName(_ name: String) -> Message.Argument {
        .name("“" + name + "”")
    }
}

extension Period {
    /// "2018-01-01 to 2021-12-31" / "1. januar 2018 til 31. december 2021", or "2018-01-01 onwards" /
    /// "fra 1. januar 2018" for an open end.
    public var message: Message {
        if let to { return Message("common.period", ["from": .day(from), "to": .day(to)]) }
        return Message("common.period.open", ["from": .day(from)])
    }
}
