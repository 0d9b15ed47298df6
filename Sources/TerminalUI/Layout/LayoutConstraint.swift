/// How much of a row or column split one part takes.
public enum LayoutConstraint: Sendable, Hashable {
    /// Exactly `n` cells (less only when the whole area is smaller).
    case fixed(Int)
    /// `n/d` of the space left after fixed and minimum parts (rounded down).
    case ratio(Int, Int)
    /// At least `n` cells, plus an equal share of what ratios leave, like `fill`.
    case minimum(Int)
    /// An equal share of the space left after fixed, minimum and ratio parts.
    case fill

    /// Splits `total` cells among `constraints`, separated by `spacing` cells.
    ///
    /// Fixed and minimum sizes are served first (shrunk front to back when they do not fit), then
    /// ratios take their fractions of the rest (capped at what is left), then fills and minimums
    /// share the remainder equally. Rounding leftovers go to the last flexible part, so the sizes
    /// always add up to `total` minus spacing when any part is flexible.
    public static func distribute(_ total: Int, among constraints: [LayoutConstraint], spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        var remaining = max(0, total - spacing * (constraints.count - 1))
        var sizes = Array(repeating: 0, count: constraints.count)
        for (index, constraint) in constraints.enumerated() {
            switch constraint {
            case .fixed(let n), .minimum(let n):
                sizes[index] = min(max(0, n), remaining)
                remaining -= sizes[index]
            case .ratio, .fill:
                break
            }
        }
        let base = remaining
        for (index, constraint) in constraints.enumerated() {
            if case .ratio(let n, let d) = constraint, d > 0 {
                sizes[index] = min(remaining, base * max(0, n) / d)
                remaining -= sizes[index]
            }
        }
        let sharing = constraints.indices.filter { constraints[$0].sharesRemainder }
        if let last = sharing.last {
            let share = remaining / sharing.count
            for index in sharing { sizes[index] += share }
            sizes[last] += remaining - share * sharing.count
        } else if let last = constraints.indices.last(where: { constraints[$0].isRatio }) {
            sizes[last] += remaining
        }
        return sizes
    }

    private var sharesRemainder: Bool {
        switch self {
        case .fill, .minimum: true
        case .fixed, .ratio: false
        }
    }

    private var isRatio: Bool {
        if case .ratio = self { return true }
        return false
    }
}
