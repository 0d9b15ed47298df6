/// The one-row bar listing the keys that work now; entries that do not fit are left out whole.
public struct HintBar: Sendable {
    /// The entries, most important first.
    public var items: [HintItem]

    /// Creates a bar showing `items`.
    public init(items: [HintItem]) {
        self.items = items
    }

    /// Draws ` key label  key label …` in the first row of `rect`.
    public func render(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let row = rect.top(1)
        var x = row.x + 1
        for item in items {
            let width = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
            if x + width > row.maxX { break }
            x += buffer.draw(item.key, x: x, y: row.y, role: .hintKey, clip: row)
            x += 1
            x += buffer.draw(item.label, x: x, y: row.y, role: .hintLabel, clip: row)
            x += 2
        }
    }
}
