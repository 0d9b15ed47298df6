/// Cutting and wrapping text to a number of terminal columns.
public enum TextFitting {
    /// The longest prefix of `text` that fits `width` columns, ending in `ellipsis` when cut.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let budget = ellipsisWidth < width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        return ellipsisWidth < width ? result + ellipsis : result
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces where possible.
    ///
    /// Explicit newlines are kept; words longer than a line are broken mid-word.
    public static func wrap(_ text: String, toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let linesBefore = lines.count
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var wordText = String(word)
                var wordWidth = DisplayWidth.of(wordText)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + wordText
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    // A character wider than the line still has to go somewhere: give it its own line.
                    let cut = truncate(wordText, toWidth: width, ellipsis: "")
                    let head = cut.isEmpty ? String(wordText.prefix(1)) : cut
                    lines.append(head)
                    wordText = String(wordText.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(wordText)
                }
                line = wordText
                lineWidth = wordWidth
            }
            // An empty paragraph is a line of its own; an empty rest after splitting a long word is not.
            if !line.isEmpty || lines.count == linesBefore { lines.append(line) }
        }
        return lines
    }
}
