import Testing
@testable import JSONSchema

@Suite struct FormatCheckerTests {
    @Test func unknownFormatIsNil() {
        #expect(FormatChecker.isValid("x", format: "no-such-format") == nil)
    }
}
