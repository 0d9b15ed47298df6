/// A rectangle of cells; all geometry helpers clamp so no size ever goes negative.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    /// Leftmost column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns, never negative.
    public var width: Int
    /// Rows, never negative.
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin covering `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// The size of the rectangle.
    public var size: Size { Size(width: width, height: height) }
    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    /// Whether the rectangle covers no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at (`px`, `py`) lies inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// The rectangle shrunk by the given margins on left/right and top/bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let w = max(0, width - 2 * horizontal)
        let h = max(0, height - 2 * vertical)
        return Rect(x: x + min(horizontal, width / 2), y: y + min(vertical, height / 2), width: w, height: h)
    }

    /// The overlap of two rectangles (empty, anchored inside `self`, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: min(left, maxX), y: min(top, maxY), width: right - left, height: bottom - top)
    }

    /// A rectangle of at most `size` centred in this one (clamped to fit).
    public func centered(_ size: Size) -> Rect {
        let w = min(size.width, width)
        let h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The top `rows` rows (clamped).
    public func top(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(max(0, rows), height))
    }

    /// The bottom `rows` rows (clamped).
    public func bottom(_ rows: Int) -> Rect {
        let h = min(max(0, rows), height)
        return Rect(x: x, y: maxY - h, width: width, height: h)
    }

    /// The rectangle without its top `rows` rows (clamped).
    public func droppingTop(_ rows: Int) -> Rect {
        let h = min(max(0, rows), height)
        return Rect(x: x, y: y + h, width: width, height: height - h)
    }

    /// The rectangle without its bottom `rows` rows (clamped).
    public func droppingBottom(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(max(0, rows), height))
    }

    /// `(x,y) W×H`, for test failure messages.
    public var description: String { "(\(x),\(y)) \(width)×\(height)" }
}
