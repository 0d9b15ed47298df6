/// A frame of terminal cells that views draw into and backends flush.
///
/// Stored as one flat row-major array of small `Cell` values so that drawing and diffing a full
/// 200×60 frame stays well inside the per-frame budget. All drawing clips to the buffer.
public struct ScreenBuffer: Sendable, Equatable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width × height` of them.
    public private(set) var cells: [Cell]

    /// Creates a buffer of `width × height` blank cells in `role`.
    public init(width: Int, height: Int, role: StyleRole = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    /// Creates a blank buffer covering `size`.
    public init(size: Size, role: StyleRole = .text) {
        self.init(width: size.width, height: size.height, role: role)
    }

    /// The size of the buffer.
    public var size: Size { Size(width: width, height: height) }
    /// The whole buffer as a rectangle, handy as the root of a layout.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at (`x`, `y`); must be inside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x),\(y)) outside \(size)")
        return cells[y * width + x]
    }

    /// Writes one character at (`x`, `y`) within `clip`; returns the columns it took (0 if clipped).
    ///
    /// Overwriting either half of a wide character blanks the other half, so the grid never holds an
    /// orphaned continuation. A wide character that would cross the clip edge is replaced by a space.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, role: StyleRole, clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        guard area.contains(x: x, y: y) else { return 0 }
        let width = DisplayWidth.of(character)
        guard width > 0 else { return 0 }
        if width == 2 && x + 1 >= area.maxX {
            store(.blank(role), x: x, y: y)
            return 1
        }
        store(Cell(character, width: UInt8(width), role: role), x: x, y: y)
        if width == 2 { store(.continuation(role), x: x + 1, y: y) }
        return width
    }

    /// Draws `text` from (`x`, `y`) on one row, clipped to `clip` and the buffer; returns the columns used.
    ///
    /// Control characters (including newlines) take no space, so untrusted text cannot move the cursor.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, role: StyleRole, clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        guard y >= area.y && y < area.maxY else { return 0 }
        var column = x
        for character in text {
            if column >= area.maxX { break }
            if column < area.x {
                column += DisplayWidth.of(character)
                continue
            }
            column += put(character, x: column, y: y, role: role, clip: area)
        }
        return max(0, column - x)
    }

    /// Draws a line of spans from (`x`, `y`), clipped like ``draw(_:x:y:role:clip:)``; returns columns used.
    @discardableResult
    public mutating func draw(_ spans: [Span], x: Int, y: Int, clip: Rect? = nil) -> Int {
        var column = x
        for span in spans {
            column += draw(span.text, x: column, y: y, role: span.role, clip: clip)
        }
        return column - x
    }

    /// Fills `rect` (clipped) with `character` in `role`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole) {
        let area = rect.intersection(bounds)
        let width = DisplayWidth.of(character)
        guard width == 1 else {
            for row in area.y..<area.maxY {
                var column = area.x
                while column < area.maxX { column += max(1, put(character, x: column, y: row, role: role, clip: area)) }
            }
            return
        }
        let cell = Cell(character, width: 1, role: role)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { store(cell, x: column, y: row) }
        }
    }

    /// Changes the role of every cell in `rect` (clipped) while keeping its character, e.g. for selection.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let area = rect.intersection(bounds)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { cells[row * width + column].role = role }
        }
    }

    /// Changes the role of cells in `rect` that currently have role `from`.
    public mutating func restyle(_ rect: Rect, from: StyleRole, to role: StyleRole) {
        let area = rect.intersection(bounds)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX where cells[row * width + column].role == from {
                cells[row * width + column].role = role
            }
        }
    }

    /// Stores a cell, first blanking the other half of any wide character it cuts through.
    private mutating func store(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && x > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        } else if old.width == 2 && x + 1 < width {
            cells[index + 1] = .blank(old.role)
        }
        cells[index] = cell
    }
}
