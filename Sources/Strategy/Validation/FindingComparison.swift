/// The findings of a change set against those of its base: which are new, which the change fixed,
/// and which it left as they were.
///
/// Findings are matched by ``Diagnostic/fingerprint`` (code, file, JSON Pointer and message without
/// display names), never by line: an edit that moves lines, or renames the entity a finding
/// mentions, leaves the finding the same. When a fingerprint occurs more often in the change than in
/// the base, the extra ones are new.
public struct FindingComparison: Sendable {
    /// Findings of the change that the base does not have, in output order.
    public var new: [Diagnostic]
    /// Findings of the base that the change no longer has, in output order.
    public var fixed: [Diagnostic]
    /// Findings both have (as the change has them).
    public var unchanged: [Diagnostic]
    /// Findings of the base that the change cannot tell about, because the rules' findings that
    /// depend on its broken files were withheld: neither fixed nor unchanged.
    public var withheld: [Diagnostic] = []

    /// Compares two checks; findings the change's broken files keep the rules from seeing are
    /// counted as withheld, never as fixed.
    public init(base: ValidationReport, change: ValidationReport) {
        self.init(base: base.diagnostics, change: change.diagnostics)
        // The notes about withheld or skipped rules explain a state; their going away is no fix.
        fixed.removeAll { Self.stateNotes.contains($0.code) }
        if !base.brokenFiles.isEmpty {
            // A warning or note the base withheld is not new when it comes back (it most likely stood
            // before the break); an error still is, so nothing that fails can slip through.
            let returning = RuleWithholding(brokenFiles: base.brokenFiles)
            let (back, fresh) = new.partitioned { $0.severity != .error && returning.withholds($0) }
            new = fresh
            unchanged += back
        }
        guard !change.brokenFiles.isEmpty else { return }
        let broken = Set(change.brokenFiles)
        let withholding = RuleWithholding(brokenFiles: change.brokenFiles)
        var kept: [Diagnostic] = []
        for finding in fixed {
            if withholding.withholds(finding)
                || (finding.path.map(broken.contains) ?? false && RuleEngine.isRuleCode(finding.code))
            {
                withheld.append(finding)
            } else {
                kept.append(finding)
            }
        }
        fixed = kept
    }

    /// The codes of notes that describe the state of a check rather than the content.
    static let stateNotes: Set<String> = ["rules-withheld", "rules-skipped"]

    public init(base: [Diagnostic], change: [Diagnostic]) {
        var remaining: [String: Int] = [:]
        for finding in base { remaining[finding.fingerprint, default: 0] += 1 }
        var new: [Diagnostic] = [], unchanged: [Diagnostic] = []
        for finding in change {
            let key = finding.fingerprint
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                unchanged.append(finding)
            } else {
                new.append(finding)
            }
        }
        var fixed: [Diagnostic] = []
        for finding in base {
            let key = finding.fingerprint
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                fixed.append(finding)
            }
        }
        self.new = new
        self.fixed = fixed
        self.unchanged = unchanged
    }

    /// Whether the change introduced findings at error level (or warnings, when `strict`).
    public func fails(strict: Bool) -> Bool {
        let counts = DiagnosticCounts(new)
        return counts.errors > 0 || (strict && counts.warnings > 0)
    }

    /// Whether anything changed: a finding appeared or went away.
    public var isEmpty: Bool { new.isEmpty && fixed.isEmpty }
}

extension Array {
    /// The elements that satisfy `belongs`, and the others, each in their order.
    func partitioned(by belongs: (Element) -> Bool) -> (matching: [Element], others: [Element]) {
        var matching: [Element] = [], others: [Element] = []
        for element in self {
            if belongs(element) { matching.append(element) } else { others.append(element) }
        }
        return (matching, others)
    }
}
