import TerminalUI

/// The event log: a bounded ring of lines plus the positions that match the filter, kept up to
/// date as lines arrive so a frame never filters the whole log.
public struct EventFeed: Sendable {
    /// Oldest first; `lines[i]` has sequence number `firstSequence + i`.
    private var lines: [EventLine] = []
    private var firstSequence = 0
    /// Sequence numbers of the lines matching `filter`, oldest first (all lines when the filter is empty).
    private var matches: [Int] = []
    /// Case-insensitive text a line must contain to be shown.
    public private(set) var filter = ""
    /// How many lines are kept.
    public let capacity: Int

    /// Creates an empty log keeping at most `capacity` lines.
    public init(capacity: Int = 5_000) {
        self.capacity = max(1, capacity)
    }

    /// Lines kept, matching or not.
    public var totalCount: Int { lines.count }

    /// Lines the filter lets through.
    public var shownCount: Int { filter.isEmpty ? lines.count : matches.count }

    /// The shown line at `index` (0 is the oldest shown).
    public subscript(shown index: Int) -> EventLine {
        filter.isEmpty ? lines[index] : lines[matches[index] - firstSequence]
    }

    /// Appends the newest line, dropping the oldest beyond capacity (a quarter at a time, so
    /// trimming is amortised).
    public mutating func append(_ line: EventLine) {
        let sequence = firstSequence + lines.count
        lines.append(line)
        if !filter.isEmpty && TextSearch.contains(filter, in: line.searchText) { matches.append(sequence) }
        if lines.count > capacity + capacity / 4 {
            let drop = lines.count - capacity
            lines.removeFirst(drop)
            firstSequence += drop
            if let keep = matches.firstIndex(where: { $0 >= firstSequence }) {
                matches.removeFirst(keep)
            } else {
                matches.removeAll()
            }
        }
    }

    /// Changes the filter and recomputes the matching lines once.
    public mutating func setFilter(_ text: String) {
        guard text != filter else { return }
        filter = text
        matches = text.isEmpty ? [] : lines.indices.filter { TextSearch.contains(text, in: lines[$0].searchText) }.map { $0 + firstSequence }
    }
}
