// libFuzzer harness: the ECMA-262 pattern translator and matcher.
//
// The input is a pattern, a NUL byte, and a subject string. Translating must end in an ICU pattern
// or an ECMARegexError; a translated pattern must compile; and the three matchers must agree on the
// subject: ICU through ECMARegex, the fast SimplePattern when it takes the pattern, and the
// PatternMatcher that schemas use (where ICU runs past its limit, only the linear matcher answers).
// The subject is cut to 64 bytes and the pattern to 256, so that a run measures the code, not ICU's
// backtracking on long strings.
@testable import JSONSchema

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegex(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (patternBytes, subjectBytes) = splitAtNUL(data, size)
    guard patternBytes.count <= 256 else { return 0 }
    let pattern = String(decoding: patternBytes, as: UTF8.self)
    let subject = String(decoding: subjectBytes.prefix(64), as: UTF8.self)
    let syntaxValid = ECMARegex.isValidSyntax(pattern)
    let regex: ECMARegex
    do {
        regex = try ECMARegex(pattern)
    } catch {
        _ = error.description
        check(!syntaxValid || error.message.contains("ICU"), "valid syntax, but refused: \(error.message)")
        return 0
    }
    check(syntaxValid, "compiled, but the syntax check refuses it")
    // nil: ICU ran past its limit and has no answer; the linear matcher may still have one.
    let full = regex.matches(subject)
    let fast = SimplePattern(pattern)?.matches(subject)
    if let fast, let full {
        check(fast == full, "SimplePattern says \(fast), ICU says \(full)")
    }
    let schemaAnswer = PatternMatcher(regex: regex, source: pattern).matches(subject)
    if let full {
        check(schemaAnswer == full, "PatternMatcher disagrees with ICU")
    } else {
        check(schemaAnswer == nil || schemaAnswer == fast, "PatternMatcher answers where neither engine did")
    }
    return 0
}
