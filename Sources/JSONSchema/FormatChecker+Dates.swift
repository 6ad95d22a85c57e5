/// Dates, times and durations (RFC 3339 section 5.6 and appendix A).
extension FormatChecker {
    /// `full-date`: `YYYY-MM-DD` with the day checked against the month and leap years.
    static func isDate(_ b: FormatBytes) -> Bool {
        b.count == 10 && isFullDate(b, at: 0)
    }

    /// `full-time`: `HH:MM:SS[.frac]` followed by `Z` or a numeric offset `±HH:MM`.
    static func isTime(_ b: FormatBytes) -> Bool {
        isFullTime(b, at: 0)
    }

    /// `date-time`: a full date, `T` (either case) and a full time.
    static func isDateTime(_ b: FormatBytes) -> Bool {
        guard b.count > 11, isFullDate(b, at: 0), b[10] | 0x20 == UInt8(ascii: "t") else { return false }
        return isFullTime(b, at: 11)
    }

    /// Reads `count` ASCII digits at `index` as a number, or nil if any is not a digit.
    static func number(_ b: FormatBytes, at index: Int, count: Int) -> Int? {
        guard index + count <= b.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = b[index + offset]
            guard byte.isASCIIDigit else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Checks the ten bytes of a `full-date` starting at `index`.
    private static func isFullDate(_ b: FormatBytes, at index: Int) -> Bool {
        guard index + 10 <= b.count, b[index + 4] == UInt8(ascii: "-"), b[index + 7] == UInt8(ascii: "-"),
            let year = number(b, at: index, count: 4), let month = number(b, at: index + 5, count: 2),
            let day = number(b, at: index + 8, count: 2), (1...12).contains(month)
        else { return false }
        return day >= 1 && day <= daysInMonth(month, year: year)
    }

    /// The number of days of `month` (1–12) in the proleptic Gregorian calendar.
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Checks a `full-time` from `index` to the end of the bytes, including the leap-second rule.
    ///
    /// Second 60 is accepted only where the time converted to UTC is 23:59, as the test suite expects.
    private static func isFullTime(_ b: FormatBytes, at start: Int) -> Bool {
        guard start + 9 <= b.count, b[start + 2] == UInt8(ascii: ":"), b[start + 5] == UInt8(ascii: ":"),
            let hour = number(b, at: start, count: 2), let minute = number(b, at: start + 3, count: 2),
            let second = number(b, at: start + 6, count: 2), hour <= 23, minute <= 59, second <= 60
        else { return false }
        var index = start + 8
        if b[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < b.count, b[index].isASCIIDigit { index += 1 }
            guard index > digitsStart, index < b.count else { return false }
        }
        guard let offset = offsetMinutes(b, at: index) else { return false }
        if second == 60 {
            let utc = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    /// Reads a `time-offset` that must end the bytes: `Z`/`z` is 0, `±HH:MM` is signed minutes.
    private static func offsetMinutes(_ b: FormatBytes, at index: Int) -> Int? {
        guard index < b.count else { return nil }
        let sign = b[index]
        if sign | 0x20 == UInt8(ascii: "z") { return index + 1 == b.count ? 0 : nil }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), index + 6 == b.count,
            b[index + 3] == UInt8(ascii: ":"), let hours = number(b, at: index + 1, count: 2),
            let minutes = number(b, at: index + 4, count: 2), hours <= 23, minutes <= 59
        else { return nil }
        let total = hours * 60 + minutes
        return sign == UInt8(ascii: "+") ? total : -total
    }

    /// `duration` (RFC 3339 appendix A): `P` then weeks alone, or date units Y M D and/or `T` with H M S.
    ///
    /// Within each part the units must be consecutive in order (`P1Y2M`, `P2M3D`, `PT1M2S`; not
    /// `P1Y2D` or `PT1H2S`), every number is a run of ASCII digits, and fractions are not allowed.
    static func isDuration(_ b: FormatBytes) -> Bool {
        guard b.count >= 3, b[0] == UInt8(ascii: "P") else { return false }
        var index = 1
        var date = UnitRun(order: (UInt8(ascii: "Y"), UInt8(ascii: "M"), UInt8(ascii: "D")))
        var time = UnitRun(order: (UInt8(ascii: "H"), UInt8(ascii: "M"), UInt8(ascii: "S")))
        var inTime = false
        var weeks = false
        while index < b.count {
            if b[index] == UInt8(ascii: "T") {
                guard !inTime, !weeks else { return false }
                inTime = true
                index += 1
                continue
            }
            let digitsStart = index
            while index < b.count, b[index].isASCIIDigit { index += 1 }
            guard index > digitsStart, index < b.count else { return false }
            let unit = b[index]
            index += 1
            if unit == UInt8(ascii: "W"), !inTime {
                // Weeks stand alone: `P2W`, nothing before or after.
                guard date.count == 0, !weeks, index == b.count else { return false }
                weeks = true
            } else if !(inTime ? time.append(unit) : date.append(unit)) || weeks {
                return false
            }
        }
        return weeks || ((date.count > 0 || time.count > 0) && inTime == (time.count > 0))
    }

    /// The units of one part of a duration, which must be consecutive in `order` (`MD` in `YMD`).
    private struct UnitRun {
        let order: (UInt8, UInt8, UInt8)
        var count = 0
        private var last = -1

        init(order: (UInt8, UInt8, UInt8)) { self.order = order }

        /// Adds `unit`; false if it is not the next unit of the order (or the first of a run).
        mutating func append(_ unit: UInt8) -> Bool {
            let position = unit == order.0 ? 0 : unit == order.1 ? 1 : unit == order.2 ? 2 : -1
            guard position >= 0, count == 0 || position == last + 1 else { return false }
            last = position
            count += 1
            return true
        }
    }
}
