/// Follow/pause state and scroll position of a ``LogView``, kept in the app state.
///
/// Following shows the newest lines; scrolling up pauses, reaching the bottom again resumes
/// following (the behaviour k9s users asked for).
public struct LogViewState: Sendable, Hashable {
    /// Whether the view sticks to the newest line.
    public var follow: Bool
    /// First visible line (among the shown, filtered lines) while paused.
    public var offset: Int

    /// Creates a state, following by default.
    public init(follow: Bool = true, offset: Int = 0) {
        self.follow = follow
        self.offset = max(0, offset)
    }

    /// The first visible line for `lineCount` shown lines in `height` rows.
    public func firstVisible(lineCount: Int, height: Int) -> Int {
        let bottom = max(0, lineCount - height)
        return follow ? bottom : min(offset, bottom)
    }

    /// How many shown lines lie below the window, e.g. for a "12 new" badge while paused.
    public func linesBelow(lineCount: Int, height: Int) -> Int {
        max(0, lineCount - firstVisible(lineCount: lineCount, height: height) - height)
    }

    /// Scrolls by `delta` lines (negative is up); pauses when leaving the bottom, follows on reaching it.
    public mutating func scroll(by delta: Int, lineCount: Int, height: Int) {
        let bottom = max(0, lineCount - height)
        offset = min(max(0, firstVisible(lineCount: lineCount, height: height) + delta), bottom)
        follow = offset >= bottom
    }

    /// Switches following on or off, keeping the lines in view when pausing.
    public mutating func toggleFollow(lineCount: Int, height: Int) {
        offset = firstVisible(lineCount: lineCount, height: height)
        follow.toggle()
    }
}
