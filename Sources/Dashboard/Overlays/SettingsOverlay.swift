import SyncEngine
import TerminalUI

/// The settings overlay: each fine-tuning value, the one being typed, and what changed.
enum SettingsOverlay {
    static func render(_ form: SettingsForm, state: DashboardState, in screen: Rect, on buffer: inout ScreenBuffer) {
        let fields = SettingsField.all
        let size = Size(width: min(76, screen.width), height: min(screen.height, fields.count + 5))
        let title = form.hasChanges ? "Settings (unsaved changes; s saves)" : "Settings"
        let area = OverlayFrame.render(title: title, size: size, in: screen, on: &buffer, glyphs: state.glyphs)
        let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        let listArea = area.droppingBottom(2)
        let start = form.list.visibleOffset(count: fields.count, height: listArea.height)
        for (row, index) in (start..<min(fields.count, start + listArea.height)).enumerated() {
            let field = fields[index]
            let line = listArea.droppingTop(row).top(1)
            let changed = field.valueText(in: form.values) != field.valueText(in: form.original)
            let label = field.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            buffer.draw([Span(changed ? "* " : "  ", role: .queueAttention), Span(label + "  ", role: .dialog)], x: line.x, y: line.y, clip: line)
            let valueX = line.x + 4 + labelWidth
            let value = Rect(x: valueX, y: line.y, width: line.maxX - valueX, height: 1)
            if index == form.list.selected, let editing = form.editing {
                TextField(input: editing, focused: true, invalid: form.error != nil).render(in: value, on: &buffer)
            } else {
                buffer.draw(field.valueText(in: form.values), x: value.x, y: value.y, role: .dialog, clip: value)
                if index == form.list.selected { buffer.restyle(line, role: .selection) }
            }
        }
        let dot = state.glyphs.separator
        let help = form.error ?? "Enter edits\(dot)h/l adjusts\(dot)s saves to config.toml and applies\(dot)Esc discards"
        OverlayFrame.line([Span(help, role: form.error == nil ? .textMuted : .inputInvalid)], in: area, row: area.height - 1, on: &buffer)
    }
}
