extension ScreenBuffer {
    /// Each row as a string of exactly `width` columns (continuation cells contribute nothing).
    public var rows: [String] {
        (0..<height).map { row in
            var line = ""
            line.reserveCapacity(width)
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line.append(cell.character) }
            }
            return line
        }
    }

    /// The frame as text, rows joined by newlines with trailing spaces trimmed — the snapshot format.
    public var text: String {
        rows.map { row in
            var trimmed = Substring(row)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}
