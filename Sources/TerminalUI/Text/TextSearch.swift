/// Case-insensitive substring search by character, used for filters and their highlighting.
public enum TextSearch {
    /// Whether `text` contains `needle`, ignoring case; an empty needle matches everything.
    public static func contains(_ needle: String, in text: String) -> Bool {
        needle.isEmpty || !ranges(of: needle, in: text, limit: 1).isEmpty
    }

    /// Non-overlapping character-offset ranges where `needle` occurs in `text`, ignoring case.
    public static func ranges(of needle: String, in text: String, limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        // Compare per character so offsets stay in the original text's characters even where
        // lower-casing changes the length of a character.
        let pattern = needle.map { $0.lowercased() }
        let haystack = text.map { $0.lowercased() }
        guard pattern.count <= haystack.count else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        while start + pattern.count <= haystack.count && result.count < limit {
            if haystack[start] == pattern[0] && haystack[start..<start + pattern.count].elementsEqual(pattern) {
                result.append(start..<start + pattern.count)
                start += pattern.count
            } else {
                start += 1
            }
        }
        return result
    }
}
