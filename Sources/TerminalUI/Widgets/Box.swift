/// A bordered frame with an optional title in its top edge: `┌─ Title ──┐`.
public struct Box: Sendable {
    /// The title, drawn after `─ ` in the top edge and cut with an ellipsis when too long.
    public var title: [Span]
    /// Whether the box has focus; switches the border and title to their focused roles.
    public var focused: Bool
    /// The characters the frame is drawn with.
    public var glyphs: GlyphSet
    /// When set, the inside is cleared with this role (overlays); otherwise left as is.
    public var fill: StyleRole?

    /// Creates a box with a plain title drawn in the title role.
    public init(title: String? = nil, focused: Bool = false, glyphs: GlyphSet = .unicode, fill: StyleRole? = nil) {
        let role: StyleRole = focused ? .titleFocused : .title
        self.init(titleSpans: title.map { [Span($0, role: role)] } ?? [], focused: focused, glyphs: glyphs, fill: fill)
    }

    /// Creates a box whose title is made of styled spans, e.g. a name plus a `[paused]` badge.
    public init(titleSpans: [Span], focused: Bool = false, glyphs: GlyphSet = .unicode, fill: StyleRole? = nil) {
        self.title = titleSpans
        self.focused = focused
        self.glyphs = glyphs
        self.fill = fill
    }

    /// Draws the frame into `rect` and returns the area inside it (empty if `rect` is under 2×2).
    @discardableResult
    public func render(in rect: Rect, on buffer: inout ScreenBuffer) -> Rect {
        guard rect.width >= 2 && rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let inner = rect.inset(by: 1)
        if let fill { buffer.fill(inner, role: fill) }
        let border: StyleRole = focused ? .borderFocused : .border
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        buffer.put(glyphs.topLeft, x: rect.x, y: rect.y, role: border)
        buffer.put(glyphs.topRight, x: right, y: rect.y, role: border)
        buffer.put(glyphs.bottomLeft, x: rect.x, y: bottom, role: border)
        buffer.put(glyphs.bottomRight, x: right, y: bottom, role: border)
        let edge = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
        buffer.fill(edge.top(1), with: glyphs.horizontal, role: border)
        buffer.fill(edge.bottom(1), with: glyphs.horizontal, role: border)
        for row in (rect.y + 1)..<bottom {
            buffer.put(glyphs.vertical, x: rect.x, y: row, role: border)
            buffer.put(glyphs.vertical, x: right, y: row, role: border)
        }
        drawTitle(in: Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1), on: &buffer)
        return inner
    }

    /// Writes ` title ` into the top edge, truncating the last span that does not fit.
    private func drawTitle(in area: Rect, on buffer: inout ScreenBuffer) {
        guard !title.isEmpty && area.width >= 3 else { return }
        let role = title[0].role
        let available = area.width - 2
        var fitted: [Span] = []
        var used = 0
        for span in title {
            let room = available - used
            guard room > 0 else { break }
            let text = TextFitting.truncate(span.text, toWidth: room, ellipsis: glyphs.ellipsis)
            fitted.append(Span(text, role: span.role))
            used += DisplayWidth.of(text)
        }
        buffer.put(" ", x: area.x, y: area.y, role: role)
        buffer.draw(fitted, x: area.x + 1, y: area.y, clip: area)
        buffer.put(" ", x: area.x + 1 + used, y: area.y, role: role)
    }
}
