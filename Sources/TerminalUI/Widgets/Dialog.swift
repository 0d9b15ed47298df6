/// A centred modal box with a title, a wrapped message and a row of buttons.
public struct Dialog: Sendable {
    /// The box title.
    public var title: String
    /// The message; wrapped at spaces, explicit newlines kept.
    public var message: String
    /// Button captions, left to right.
    public var buttons: [String]
    /// Index of the focused button.
    public var focusedButton: Int
    /// Frame characters.
    public var glyphs: GlyphSet
    /// The widest the box grows before the message wraps.
    public var maxWidth: Int

    /// Creates a dialog.
    public init(title: String, message: String, buttons: [String] = ["OK"], focusedButton: Int = 0, glyphs: GlyphSet = .unicode, maxWidth: Int = 64) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.focusedButton = focusedButton
        self.glyphs = glyphs
        self.maxWidth = maxWidth
    }

    /// Draws the dialog centred in `screen` and returns the box it occupies.
    @discardableResult
    public func render(in screen: Rect, on buffer: inout ScreenBuffer) -> Rect {
        let captions = buttons.map { "[ \($0) ]" }
        let buttonsWidth = captions.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * max(0, captions.count - 1)
        let messageWidth = message.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
        let limit = min(maxWidth, screen.width)
        let width = min(limit, max(messageWidth, buttonsWidth, DisplayWidth.of(title) + 2) + 4)
        let lines = TextFitting.wrap(message, toWidth: max(1, width - 4))
        let area = screen.centered(Size(width: width, height: lines.count + 4))
        let inner = Box(title: title, focused: true, glyphs: glyphs, fill: .dialog).render(in: area, on: &buffer)
        let body = inner.inset(horizontal: 1, vertical: 0)
        for (row, line) in lines.enumerated() where row < body.height - 1 {
            buffer.draw(line, x: body.x, y: body.y + row, role: .dialog, clip: body)
        }
        let buttonRow = body.bottom(1)
        var x = buttonRow.x + TextAlignment.center.offset(textWidth: buttonsWidth, areaWidth: buttonRow.width)
        for (index, caption) in captions.enumerated() {
            x += buffer.draw(caption, x: x, y: buttonRow.y, role: index == focusedButton ? .buttonFocused : .button, clip: buttonRow) + 2
        }
        return area
    }
}
