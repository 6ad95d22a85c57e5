extension DecimalView {
    /// Whether `self / divisor` is an integer, decided exactly for any digits and any exponents; nil
    /// only when the divisor is zero.
    ///
    /// With `self = A × 10^p` and `divisor = B × 10^q` (A and B without trailing zeros): if `p < q`
    /// the quotient would need A to end in a zero, which it does not; otherwise B must divide
    /// `A × 10^(p−q)`. Write `B = 2^a × 5^b × C` with C prime to 10: once `p − q ≥ max(a, b)`, B
    /// divides `A × 10^(p−q)` exactly when C divides A, whatever the rest of the shift — so the shift
    /// is cut to a bound on a and b (64 for a 64-bit B, 4 per digit beyond) and no huge exponent is
    /// ever expanded.
    /// - Complexity: O(digits of self) for divisors of up to 19 significant digits;
    ///   O(digits of self × digits of divisor / 81) beyond.
    func isMultiple(of divisor: DecimalView) -> Bool? {
        if divisor.isZero { return nil }
        if isZero { return true }
        let shift = Self.lastPlaceDifference(self, divisor)
        if shift < 0 { return false }
        if let b = divisor.significand {
            return b == 1 || remainder(modulo: b, zeros: min(shift, 64)) == 0
        }
        let divisorDigits = divisor.significantCount
        return LongDivisor(divisor).divides(self, zeros: min(shift, 4 * divisorDigits + 4))
    }

    /// `(A × 10^zeros) mod b`, A being the significant digits.
    private func remainder(modulo b: UInt64, zeros: Int) -> UInt64 {
        var remainder: UInt64 = 0
        for k in first...last {
            remainder = Self.mulmod(remainder, 10, b) &+ UInt64(digit(k)) % b
            remainder %= b
        }
        for _ in 0..<zeros where remainder != 0 { remainder = Self.mulmod(remainder, 10, b) }
        return remainder
    }

    /// `(x × y) mod m` without overflow (x, y < m, or small).
    private static func mulmod(_ x: UInt64, _ y: UInt64, _ m: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: y)
        return m.dividingFullWidth((product.high % m, product.low)).remainder
    }
}

/// A divisor of more than 19 significant digits, in limbs of nine decimal digits, that decides
/// whether it divides a long decimal integer by schoolbook long division (remainder only).
private struct LongDivisor {
    static let base: UInt64 = 1_000_000_000
    /// Limbs, least significant first; the most significant is not zero. At least three (20+ digits).
    private let limbs: [UInt64]
    /// The top three limbs as one number, for estimating quotient digits.
    private let top: Double

    init(_ view: DecimalView) {
        var limbs: [UInt64] = []
        var limb: UInt64 = 0, place: UInt64 = 1
        var p = view.last
        while p >= view.first {  // least significant digit first
            limb += UInt64(view.digit(p)) * place
            place *= 10
            if place == Self.base {
                limbs.append(limb)
                limb = 0
                place = 1
            }
            p -= 1
        }
        if limb != 0 { limbs.append(limb) }
        self.limbs = limbs
        let n = limbs.count
        top = (Double(limbs[n - 1]) * 1e9 + Double(limbs[n - 2])) * 1e9 + Double(limbs[n - 3])
    }

    /// Whether the divisor divides the significant digits of `value` followed by `zeros` zeros.
    func divides(_ value: DecimalView, zeros: Int) -> Bool {
        var remainder = [UInt64](repeating: 0, count: limbs.count + 1)
        var scratch = remainder
        var chunk: UInt64 = 0, length = 0
        func push(_ digit: UInt8) {
            chunk = chunk * 10 + UInt64(digit)
            length += 1
            if length == 9 {
                absorb(chunk, digits: 9, into: &remainder, scratch: &scratch)
                chunk = 0
                length = 0
            }
        }
        for p in value.first...value.last { push(value.digit(p)) }
        for _ in 0..<zeros { push(0) }
        if length > 0 { absorb(chunk, digits: length, into: &remainder, scratch: &scratch) }
        return remainder.allSatisfy { $0 == 0 }
    }

    /// `r = (r × 10^digits + chunk) mod divisor`, for `r` below the divisor.
    private func absorb(_ chunk: UInt64, digits: Int, into r: inout [UInt64], scratch: inout [UInt64]) {
        var factor: UInt64 = 1
        for _ in 0..<digits { factor *= 10 }
        var carry = chunk
        for i in r.indices {
            let t = r[i] * factor + carry  // < 10^18 + 10^9
            r[i] = t % Self.base
            carry = t / Self.base
        }
        // Now r < divisor × 10^9: one quotient limb, estimated from the top limbs (error below 10^-6,
        // so the estimate less one is at most two short) and corrected.
        let n = limbs.count
        let head = (Double(r[n]) * 1e9 + Double(r[n - 1])) * 1e9 + Double(r[n - 2])
        var q = UInt64(max(0, (head / top * 1e9).rounded(.down) - 1))
        while q > 0, !subtract(q, from: &r, scratch: &scratch) { q -= 1 }
        while !isBelowDivisor(r) { _ = subtract(1, from: &r, scratch: &scratch) }
    }

    /// `r −= q × divisor` when the result is not negative (returns true); otherwise leaves r unchanged.
    private func subtract(_ q: UInt64, from r: inout [UInt64], scratch: inout [UInt64]) -> Bool {
        var borrow: UInt64 = 0
        var carry: UInt64 = 0
        for i in r.indices {
            let product = (i < limbs.count ? limbs[i] * q : 0) + carry  // < 10^18 + 10^9
            carry = product / Self.base
            let take = product % Self.base + borrow
            borrow = r[i] < take ? 1 : 0
            scratch[i] = r[i] &+ borrow * Self.base &- take
        }
        guard borrow == 0, carry == 0 else { return false }
        swap(&r, &scratch)
        return true
    }

    /// Whether `r` is below the divisor.
    private func isBelowDivisor(_ r: [UInt64]) -> Bool {
        if r[limbs.count] != 0 { return false }
        var i = limbs.count - 1
        while i >= 0 {
            if r[i] != limbs[i] { return r[i] < limbs[i] }
            i -= 1
        }
        return false  // equal
    }
}
