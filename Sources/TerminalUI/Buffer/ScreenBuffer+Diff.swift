extension ScreenBuffer {
    /// The cells that differ from `previous`, row by row; every cell when the sizes differ.
    ///
    /// Continuation cells are reported like any other so a backend can tell a wide character
    /// replaced narrow ones; backends skip drawing them.
    public func diff(from previous: ScreenBuffer) -> [CellChange] {
        var changes: [CellChange] = []
        if previous.width != width || previous.height != height {
            changes.reserveCapacity(cells.count)
            for (index, cell) in cells.enumerated() {
                changes.append(CellChange(x: index % width, y: index / width, cell: cell))
            }
            return changes
        }
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                for index in 0..<new.count where new[index] != old[index] {
                    changes.append(CellChange(x: index % width, y: index / width, cell: new[index]))
                }
            }
        }
        return changes
    }
}
