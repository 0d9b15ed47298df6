/// How much of a row or column split one part takes.
public enum LayoutConstraint: Sendable, Hashable {
    /// Exactly `n` cells (less only when the whole area is smaller).
    case fixed(Int)
    /// A share of the space left after fixed parts, weighted against other ratios and fills.
    case ratio(Int, Int)
    /// At least `n` cells, then a weight-1 share of what is left, like `fill`.
    case minimum(Int)
    /// A weight-1 share of the space left after fixed and minimum parts.
    case fill

    /// Splits `total` cells among `constraints`, separated by `spacing` cells.
    ///
    /// Fixed and minimum parts are served first (shrunk front to back when they do not fit), then the
    /// rest is shared by weight; rounding leftovers go to the last flexible part so sizes always add
    /// up to `total` minus spacing.
    public static func distribute(_ total: Int, among constraints: [LayoutConstraint], spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        var remaining = max(0, total - spacing * (constraints.count - 1))
        var sizes = Array(repeating: 0, count: constraints.count)
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .fixed(let n), .minimum(let n): wanted = max(0, n)
            case .ratio, .fill: wanted = 0
            }
            sizes[index] = min(wanted, remaining)
            remaining -= sizes[index]
        }
        // Weights in a common denominator so ratios and fills can share the rest exactly.
        let denominator = constraints.reduce(1) { lcm($0, $1.denominator) }
        let weights = constraints.map { $0.weight(denominator: denominator) }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return sizes }
        var handedOut = 0
        var lastFlexible = 0
        for (index, weight) in weights.enumerated() where weight > 0 {
            let share = remaining * weight / totalWeight
            sizes[index] += share
            handedOut += share
            lastFlexible = index
        }
        sizes[lastFlexible] += remaining - handedOut
        return sizes
    }

    private var denominator: Int {
        if case .ratio(_, let d) = self, d > 0 { return d }
        return 1
    }

    private func weight(denominator common: Int) -> Int {
        switch self {
        case .fixed: return 0
        case .ratio(let n, let d): return d > 0 ? max(0, n) * (common / d) : 0
        case .minimum, .fill: return common
        }
    }

    private static func lcm(_ a: Int, _ b: Int) -> Int {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        return a / gcd(a, b) * b
    }
}
