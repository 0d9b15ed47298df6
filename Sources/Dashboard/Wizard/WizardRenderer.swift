import TerminalUI

/// Draws the wizard: the step strip, the current step's rows scrolled to the focused item,
/// and the status list or the leave question in front. Pure: state in, cells out.
struct WizardRenderer {
    let state: WizardState
    let glyphs: GlyphSet

    func render(in area: Rect, on buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        drawStrip(in: area.top(1), on: &buffer)
        let content = area.droppingTop(2)
        guard !content.isEmpty else { return }
        let lines = WizardPage(state: state, glyphs: glyphs, width: content.width).lines
        let offset = scrollOffset(lines, height: content.height)
        for (row, line) in lines.dropFirst(offset).prefix(content.height).enumerated() {
            draw(line, y: content.y + row, in: content, on: &buffer)
        }
        if offset > 0 { buffer.put(glyphs.moreAbove, x: content.maxX - 1, y: content.y, role: .textMuted) }
        if offset + content.height < lines.count { buffer.put(glyphs.moreBelow, x: content.maxX - 1, y: content.maxY - 1, role: .textMuted) }
        if let picker = state.picker { drawPicker(picker, in: area, on: &buffer) }
        if let leave = state.leaveQuestion {
            Dialog(title: "Leave the setup?",
                   message: "Nothing has been activated. Your answers are kept for next time, except the password and the client secret.",
                   buttons: ["Stay", "Leave"], focusedButton: leave ? 1 : 0, glyphs: glyphs).render(in: area, on: &buffer)
        }
    }

    /// `1 Warehouse ✓ › 2 Visma › 3 Fine-tuning › 4 Activate`, the current step highlighted.
    private func drawStrip(in row: Rect, on buffer: inout ScreenBuffer) {
        var spans: [Span] = [Span(" ")]
        for step in WizardStep.allCases {
            if step != .warehouse { spans.append(Span(glyphs.isUnicode ? "  ›  " : "  >  ", role: .textMuted)) }
            let done = step < state.step
            let role: StyleRole = step == state.step ? .titleFocused : (done ? .healthOK : .textMuted)
            spans.append(Span("\(step.rawValue + 1) \(step.title)\(done ? " \(glyphs.check)" : "")", role: role))
        }
        buffer.draw(spans, x: row.x, y: row.y, clip: row)
    }

    /// The first row shown: the focused item's rows (and its message) in sight, the top when they fit.
    private func scrollOffset(_ lines: [WizardLine], height: Int) -> Int {
        guard lines.count > height, let first = lines.firstIndex(where: { $0.items.contains(state.focus) }) else { return 0 }
        let last = lines.lastIndex { $0.items.contains(state.focus) } ?? first
        let wanted = min(last + 1, lines.count - 1)
        return min(max(0, wanted - height + 1), first, lines.count - height)
    }

    private func draw(_ line: WizardLine, y: Int, in content: Rect, on buffer: inout ScreenBuffer) {
        let row = Rect(x: content.x, y: y, width: content.width, height: 1)
        if line.indent >= 2, line.items.contains(state.focus), line.spans.first?.role != .healthBad, line.spans.first?.role != .textMuted {
            buffer.put(glyphs.selectionMarker, x: row.x, y: y, role: .titleFocused)
        }
        buffer.draw(line.spans, x: row.x + line.indent, y: y, clip: row)
        guard let field = line.field else { return }
        let x = row.x + line.fieldX
        let fieldRect = Rect(x: x, y: y, width: min(line.fieldWidth, row.maxX - x), height: 1)
        let focused = state.focus == .field(field)
        let invalid = state.failure(at: .field(field)) != nil
        let input = state.input(of: field)
        if field.isSecret {
            MaskedField(input: input, focused: focused, invalid: invalid, placeholder: field.placeholder, glyphs: glyphs).render(in: fieldRect, on: &buffer)
        } else {
            TextField(input: input, focused: focused, invalid: invalid, placeholder: field.placeholder).render(in: fieldRect, on: &buffer)
        }
    }

    private func drawPicker(_ picker: StatusPicker, in area: Rect, on buffer: inout ScreenBuffer) {
        let rows = state.statuses.map { [Span(String($0.number).padding(toLength: 6, withPad: " ", startingAt: 0), role: .header), Span($0.text)] }
        let title = picker.item == .startedStatus ? "Orders not updated from" : "Orders shipped from"
        let width = min(area.width, max(DisplayWidth.of(title) + 6, (rows.map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0) + 6))
        let box = area.centered(Size(width: width, height: min(area.height, rows.count + 2)))
        let inner = Box(title: title, focused: true, glyphs: glyphs, fill: .dialog).render(in: box, on: &buffer)
        ListView(rows: rows, state: picker.list, glyphs: glyphs).render(in: inner, on: &buffer)
    }
}
