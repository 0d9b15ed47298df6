import TerminalUI

extension ScreenBuffer {
    /// The column and row where `text` first appears, scanning rows top to bottom.
    func find(_ text: String) -> (x: Int, y: Int)? {
        for (y, row) in rows.enumerated() {
            guard let range = row.range(of: text) else { continue }
            // Count columns, not characters: every cell before the match is one character here
            // because the fixtures draw no wide characters.
            return (row.distance(from: row.startIndex, to: range.lowerBound), y)
        }
        return nil
    }

    /// The role of the first cell of `text`.
    func role(of text: String) -> StyleRole? {
        find(text).map { self[$0.x, $0.y].role }
    }
}
