/// A cell that differs between two frames, as produced by ``ScreenBuffer/diff(from:)``.
public struct CellChange: Sendable, Hashable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The new content of the cell.
    public var cell: Cell

    /// Creates a change of the cell at (`x`, `y`) to `cell`.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
