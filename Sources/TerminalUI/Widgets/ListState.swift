/// Selection and scroll position of a list or table, kept in the app state between frames.
///
/// Movement methods clamp to the item count; call ``keepSelectionVisible(count:height:)`` after
/// moving so the stored offset only changes when the selection leaves the window (stable scrolling).
public struct ListState: Sendable, Hashable {
    /// Index of the selected item.
    public var selected: Int
    /// Index of the first visible item.
    public var offset: Int

    /// Creates a state selecting `selected` with `offset` as first visible item.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = max(0, selected)
        self.offset = max(0, offset)
    }

    /// Moves the selection by `delta` items, clamped to `0..<count`.
    public mutating func move(by delta: Int, count: Int) {
        selected = Self.clamp(selected + delta, count: count)
    }

    /// Selects the first item.
    public mutating func selectFirst() {
        selected = 0
    }

    /// Selects the last of `count` items.
    public mutating func selectLast(count: Int) {
        selected = max(0, count - 1)
    }

    /// Clamps selection and offset after the item count changed.
    public mutating func clamp(count: Int) {
        selected = Self.clamp(selected, count: count)
        offset = min(offset, max(0, count - 1))
    }

    /// Adjusts the offset so the selection is inside a window of `height` rows.
    public mutating func keepSelectionVisible(count: Int, height: Int) {
        offset = visibleOffset(count: count, height: height)
    }

    /// The offset a window of `height` rows shows: the stored one, moved just enough to show the
    /// selection and not to leave empty rows below the last item.
    public func visibleOffset(count: Int, height: Int) -> Int {
        guard height > 0 && count > 0 else { return 0 }
        let selection = Self.clamp(selected, count: count)
        var start = min(offset, max(0, count - height))
        if selection < start { start = selection }
        if selection >= start + height { start = selection - height + 1 }
        return start
    }

    private static func clamp(_ value: Int, count: Int) -> Int {
        min(max(0, value), max(0, count - 1))
    }
}
