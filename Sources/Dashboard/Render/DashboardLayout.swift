import TerminalUI

/// Where everything goes for a terminal size: header, panes, bottom line.
///
/// Processes spans the top; below it two columns from ``twoColumnWidth`` columns (Orders beside
/// Stock over Events); narrower terminals stack the panes, giving the focused one the spare rows; below
/// ``minimumSize`` the dashboard shows the "terminal too small" screen instead.
public struct DashboardLayout: Sendable, Hashable {
    /// The smallest terminal the dashboard draws in.
    public static let minimumSize = Size(width: 60, height: 22)
    /// From this width the panes sit in two columns.
    public static let twoColumnWidth = 100
    /// Rows of the header.
    public static let headerHeight = 2
    /// Rows of the Processes pane: frame, heading and one row per process.
    public static let processesHeight = 7

    /// The header rows.
    public let header: Rect
    /// Between header and bottom line: the panes, first-run or hosted screen.
    public let body: Rect
    /// The hint bar, input line or message.
    public let bottom: Rect
    /// Each pane's frame.
    public let panes: [Pane: Rect]

    /// Lays out `size` with `focus` focused (stacked layouts grow the focused pane).
    public init(size: Size, focus: Pane) {
        let screen = Rect(size: size)
        header = screen.top(Self.headerHeight)
        bottom = screen.bottom(1)
        body = screen.droppingTop(Self.headerHeight).droppingBottom(1)
        var panes: [Pane: Rect] = [:]
        if size.width >= Self.twoColumnWidth {
            let rows = body.splitRows([.fixed(Self.processesHeight), .fill])
            let columns = rows[1].splitColumns([.ratio(1, 2), .fill])
            let right = columns[1].splitRows([.ratio(2, 5), .fill])
            panes = [.processes: rows[0], .orders: columns[0], .stock: right[0], .events: right[1]]
        } else {
            let grown = focus == .processes ? Pane.events : focus
            let rows = body.splitRows([
                .fixed(Self.processesHeight),
                grown == .orders ? .minimum(4) : .fixed(4),
                grown == .stock ? .minimum(4) : .fixed(4),
                grown == .events ? .minimum(4) : .fixed(4),
            ])
            panes = [.processes: rows[0], .orders: rows[1], .stock: rows[2], .events: rows[3]]
        }
        self.panes = panes
    }

    /// Whether `size` is big enough to draw the dashboard.
    public static func fits(_ size: Size) -> Bool { size.contains(minimumSize) }

    /// Rows of list content in `pane`: inside the frame, below the column headings of tables.
    public func listHeight(of pane: Pane) -> Int {
        let inside = max(0, (panes[pane]?.height ?? 0) - 2)
        return pane == .events ? inside : max(0, inside - 1)
    }
}
