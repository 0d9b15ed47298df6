/// Case-insensitive substring search by character, used for filters and their highlighting.
public enum TextSearch {
    /// Whether `text` contains `needle`, ignoring case; an empty needle matches everything.
    public static func contains(_ needle: String, in text: String) -> Bool {
        needle.isEmpty || !ranges(of: needle, in: text, limit: 1).isEmpty
    }

    /// Non-overlapping character-offset ranges where `needle` occurs in `text`, ignoring case.
    public static func ranges(of needle: String, in text: String, limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        // Log lines are nearly always ASCII, where bytes are characters: filtering hundreds of
        // lines per frame stays cheap without allocating a string per character.
        if let pattern = asciiLowercased(needle), let haystack = asciiLowercased(text) {
            return search(pattern, in: haystack, limit: limit)
        }
        // Otherwise compare per character, so offsets stay in the original text's characters even
        // where lower-casing changes the length of a character.
        return search(needle.map { $0.lowercased() }, in: text.map { $0.lowercased() }, limit: limit)
    }

    private static func search<Element: Equatable>(_ pattern: [Element], in haystack: [Element], limit: Int) -> [Range<Int>] {
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

    /// The lower-cased bytes of an all-ASCII string without `\r\n` pairs (which are one character); `nil` otherwise.
    private static func asciiLowercased(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80, !(previous == 0x0D && byte == 0x0A) else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            previous = byte
        }
        return bytes
    }
}
