/// Drawing shared by ``TextField`` and ``MaskedField``: a one-row field scrolled to keep the cursor visible.
enum FieldRendering {
    /// Draws `shown` (what stands for each character) with the cursor at `cursor` in the first row of `rect`.
    static func render(
        shown: [Character], cursor: Int, placeholder: String?, focused: Bool, invalid: Bool,
        in rect: Rect, on buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let row = rect.top(1)
        let role: StyleRole = invalid ? .inputInvalid : (focused ? .inputFocused : .input)
        buffer.fill(row, role: role)
        if shown.isEmpty, let placeholder {
            buffer.draw(placeholder, x: row.x, y: row.y, role: .textMuted, clip: row)
        }
        let start = firstVisible(shown, cursor: cursor, width: row.width)
        var x = row.x
        var cursorX = row.x
        for index in start..<shown.count {
            if index == cursor { cursorX = x }
            let width = DisplayWidth.of(shown[index])
            if x + width > row.maxX { break }
            x += buffer.put(shown[index], x: x, y: row.y, role: role, clip: row)
        }
        if cursor == shown.count { cursorX = x }
        if focused && cursorX < row.maxX {
            let cell = buffer[cursorX, row.y]
            let width = Int(max(1, cell.width))
            buffer.restyle(Rect(x: cursorX, y: row.y, width: width, height: 1), role: .inputCursor)
        }
    }

    /// The first character shown so the cursor cell (one column past the text at the end) fits.
    private static func firstVisible(_ shown: [Character], cursor: Int, width: Int) -> Int {
        var start = 0
        var columns = 1 + shown[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while columns > width && start < cursor {
            columns -= DisplayWidth.of(shown[start])
            start += 1
        }
        return start
    }
}
