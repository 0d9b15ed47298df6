/// One terminal cell: the character shown, the columns it spans and its style role.
///
/// A wide character (width 2) is followed by a *continuation* cell of width 0 that shows nothing;
/// backends skip continuation cells because the terminal already advanced past them.
public struct Cell: Sendable, Hashable {
    /// The character shown (a space for blank and continuation cells).
    public var character: Character
    /// Columns the character spans: 1, 2 for wide characters, 0 for a continuation cell.
    public var width: UInt8
    /// The semantic style the cell is drawn with.
    public var role: StyleRole

    /// Creates a cell; use ``blank(_:)`` and ``continuation(_:)`` for the special kinds.
    public init(_ character: Character, width: UInt8 = 1, role: StyleRole = .text) {
        self.character = character
        self.width = width
        self.role = role
    }

    /// An empty cell in `role`.
    public static func blank(_ role: StyleRole = .text) -> Cell { Cell(" ", width: 1, role: role) }

    /// The right half of a wide character drawn in `role`.
    public static func continuation(_ role: StyleRole) -> Cell { Cell(" ", width: 0, role: role) }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
