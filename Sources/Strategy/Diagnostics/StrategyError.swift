import Git
import Messages

/// An operational failure of the strategy's use cases: tryg could not do what was asked (an unknown
/// revision, an unreadable repository, a broken configuration where one is needed). One sentence,
/// from the catalogue, with the cause kept.
public struct StrategyError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, for people.
    public var message: Message
    /// The git failure behind it, when there is one.
    public var cause: GitError?

    public init(_ message: Message, cause: GitError? = nil) {
        self.message = message
        self.cause = cause
    }

    /// A git failure as it stands: libgit2's (or the Git module's) own sentence.
    public init(_ error: GitError) {
        self.init(Message("error.git", ["detail": .text(error.message)]), cause: error)
    }

    public var description: String { message.english }
}
