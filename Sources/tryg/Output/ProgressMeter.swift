import Foundation

/// Shows "validating commits: 12/100" on standard error while a long job runs, only when standard
/// error is a terminal (never in CI logs or hook output), redrawn at most ten times a second and wiped
/// when the job ends so it never mixes with the report.
final class ProgressMeter {
    private let label: String
    private let console: Console
    private let enabled: Bool
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// Creates a meter; it draws only for jobs of at least `minimumTotal` steps on a terminal.
    init(label: String, total: Int, console: Console = .standardError, minimumTotal: Int = 2) {
        self.label = label
        self.console = console
        enabled = total >= minimumTotal && console.isTerminal
    }

    /// Reports that `done` of `total` steps are finished.
    func update(done: Int, total: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard done == total || now - lastDraw >= 100_000_000 || !drawn else { return }
        lastDraw = now
        drawn = true
        console.write("\r\u{1B}[2K\(label): \(done)/\(total)")
    }

    /// Wipes the meter's line.
    func finish() {
        guard enabled, drawn else { return }
        console.write("\r\u{1B}[2K")
        drawn = false
    }
}
