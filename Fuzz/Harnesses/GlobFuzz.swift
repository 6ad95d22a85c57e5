// libFuzzer harness: the glob matcher of tryg.json (Sources/Strategy/Config/Glob.swift, compiled
// into this harness).
//
// The input is a pattern, a NUL byte, and a path. Glob's answer must equal a plain reference
// matcher's: dynamic programming over segments (`**` matches any number of them) and, within a
// segment, over Unicode scalars (`*` any run, `?` one scalar). The pattern is cut to 512 bytes and
// the path to 2,048: a time-out there means the matcher is not polynomial.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlob(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (patternBytes, pathBytes) = splitAtNUL(data, size)
    let pattern = String(decoding: patternBytes.prefix(512), as: UTF8.self)
    let path = String(decoding: pathBytes.prefix(2_048), as: UTF8.self)
    let answer = Glob(pattern).matches(path)
    let expected = ReferenceGlob.matches(pattern, path)
    check(answer == expected, "Glob(\"\(pattern)\").matches(\"\(path)\") is \(answer), expected \(expected)")
    return 0
}

/// The reference: obviously right, quadratic at worst.
enum ReferenceGlob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = pattern.unicodeScalars.split(separator: "/").map { Array($0) }
        let s = path.unicodeScalars.split(separator: "/").map { Array($0) }
        // can[i][j]: pattern segments i... match path segments j...
        var can = [[Bool]](repeating: [Bool](repeating: false, count: s.count + 1), count: p.count + 1)
        can[p.count][s.count] = true
        for i in stride(from: p.count - 1, through: 0, by: -1) {
            for j in stride(from: s.count, through: 0, by: -1) {
                if p[i] == ["*", "*"] {
                    can[i][j] = can[i + 1][j] || (j < s.count && can[i][j + 1])
                } else {
                    can[i][j] = j < s.count && segment(p[i], s[j]) && can[i + 1][j + 1]
                }
            }
        }
        return can[0][0]
    }

    static func segment(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> Bool {
        var can = [[Bool]](repeating: [Bool](repeating: false, count: s.count + 1), count: p.count + 1)
        can[p.count][s.count] = true
        for i in stride(from: p.count - 1, through: 0, by: -1) {
            for j in stride(from: s.count, through: 0, by: -1) {
                switch p[i] {
                case "*": can[i][j] = can[i + 1][j] || (j < s.count && can[i][j + 1])
                case "?": can[i][j] = j < s.count && can[i + 1][j + 1]
                default: can[i][j] = j < s.count && s[j] == p[i] && can[i + 1][j + 1]
                }
            }
        }
        return can[0][0]
    }
}
