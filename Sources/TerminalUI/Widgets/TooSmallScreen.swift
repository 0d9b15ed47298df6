/// The screen shown instead of the dashboard when the terminal is below its minimum size.
public struct TooSmallScreen: Sendable {
    /// The smallest size the dashboard can draw in.
    public var required: Size
    /// Supplies the `×` (or ASCII `x`).
    public var glyphs: GlyphSet

    /// Creates the screen for a dashboard needing `required`.
    public init(required: Size, glyphs: GlyphSet = .unicode) {
        self.required = required
        self.glyphs = glyphs
    }

    /// Clears `buffer` and centres "terminal too small (need W×H)" and the current size in it.
    public func render(on buffer: inout ScreenBuffer) {
        buffer.fill(buffer.bounds, role: .text)
        let times = String(glyphs.times)
        let message = "terminal too small (need \(required.width)\(times)\(required.height))"
        let current = "now \(buffer.width)\(times)\(buffer.height)"
        let lines = TextFitting.wrap(message, toWidth: buffer.width) + [current]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = TextAlignment.center.offset(textWidth: DisplayWidth.of(line), areaWidth: buffer.width)
            buffer.draw(line, x: x, y: top + index, role: index == lines.count - 1 ? .textMuted : .healthWarn)
        }
    }
}
