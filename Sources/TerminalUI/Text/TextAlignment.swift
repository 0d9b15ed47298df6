/// Horizontal placement of text inside a wider area.
public enum TextAlignment: Sendable, Hashable {
    case left
    case center
    case right

    /// The column offset at which text of `textWidth` starts inside `areaWidth` columns.
    public func offset(textWidth: Int, areaWidth: Int) -> Int {
        let slack = max(0, areaWidth - textWidth)
        switch self {
        case .left: return 0
        case .center: return slack / 2
        case .right: return slack
        }
    }
}
