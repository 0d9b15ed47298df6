import Foundation
import SyncEngine
import TerminalUI

/// Everything the dashboard shows, as one value: the reducer changes it, render draws it.
public struct DashboardState: Sendable {
    /// The terminal size the layout is computed for.
    public var size: Size
    /// The clock as of the last tick; ages are measured from it.
    public var now: Date
    /// The zone timestamps are shown in.
    public var timeZone: TimeZone
    /// Unicode or ASCII drawing characters.
    public var glyphs: GlyphSet
    /// Panes, first-run screen or a hosted screen.
    public var screen: Screen
    /// The home's folder, shown on the first-run screen.
    public var homePath: String

    /// Whether an engine runs on this home; without one the first-run screen shows.
    public var engineRunning = false
    /// Both sides of the connection.
    public var connection: ConnectionRecord?
    /// The settings in force.
    public var configuration: Configuration
    /// The state of each process.
    public var processes: [ProcessName: ProcessStateRecord] = [:]
    /// Switches asked for and not yet confirmed by the engine.
    public var pendingToggles: [ProcessName: Bool] = [:]
    /// Items the processes parked.
    public var parked: [ParkedItem] = []
    /// The live order queue.
    public var orders = OrderQueue()
    /// Recent stock balance changes.
    public var stock = StockFeed()
    /// The event log.
    public var events = EventFeed()

    /// The focused pane.
    public var focus: Pane = .processes
    /// Selection in the Processes pane.
    public var processList = ListState()
    /// Selection in the Orders pane.
    public var orderList = ListState()
    /// Selection in the Stock pane.
    public var stockList = ListState()
    /// Follow/pause and scroll position of the Events pane.
    public var eventsView = LogViewState()
    /// Whether event lines start with their time.
    public var showsTimestamps = true

    /// The overlay in front, if any.
    public var overlay: Overlay?
    /// The bottom line while typing a filter or command.
    public var input: InputLine?
    /// A passing message on the bottom line.
    public var flash: Flash?

    /// When live updates were frozen (`f`); nil while live.
    public var frozenAt: Date?
    /// Engine events that arrived while frozen, applied on unfreeze.
    public var heldWhileFrozen: [EngineEvent] = []

    /// The theme in use.
    public var themeName: String
    /// Themes the picker offers.
    public var availableThemes: [String]
    /// Builds the setup wizard; nil until the wizard exists (issue #7).
    public var makeWizard: (@Sendable () -> any HostedScreen)?

    /// A dashboard of `size` at `now`, with nothing loaded yet.
    public init(
        size: Size, now: Date, timeZone: TimeZone = .current, glyphs: GlyphSet = .unicode, screen: Screen = .dashboard,
        homePath: String = "", configuration: Configuration = Configuration(), themeName: String = "default",
        availableThemes: [String] = [], makeWizard: (@Sendable () -> any HostedScreen)? = nil
    ) {
        self.size = size
        self.now = now
        self.timeZone = timeZone
        self.glyphs = glyphs
        self.screen = screen
        self.homePath = homePath
        self.configuration = configuration
        self.themeName = themeName
        self.availableThemes = availableThemes
        self.makeWizard = makeWizard
    }

    /// The time ages are measured against: frozen with the view while frozen.
    public var displayTime: Date { frozenAt ?? now }

    /// The state of `process`, or the configured default before it ever ran.
    public func process(_ name: ProcessName) -> ProcessStateRecord {
        processes[name] ?? ProcessStateRecord(connectionID: connection?.id ?? .primary, process: name,
                                               enabled: configuration.schedule(of: name).enabled)
    }

    /// The process selected in the Processes pane.
    public var selectedProcess: ProcessName {
        ProcessName.allCases[min(max(0, processList.selected), ProcessName.allCases.count - 1)]
    }

    /// Parked items of `process`.
    public func parkedCount(_ process: ProcessName) -> Int {
        parked.reduce(0) { $0 + ($1.process == process ? 1 : 0) }
    }

    /// Overall health: bad when a side is not connected or a process failed, warning while
    /// something waits for a person or retries, else fine.
    public var health: Health {
        guard let connection, connection.vismaConnected, connection.ongoingConnected, !connection.needsReauthorization else { return .bad }
        let states = ProcessName.allCases.map { process($0).state }
        if states.contains(where: { $0 == .error || $0 == .needsReauthorization }) { return .bad }
        if !parked.isEmpty || orders.problemCount > 0 || states.contains(where: { $0 == .backoff || $0 == .unavailable }) { return .warning }
        return .ok
    }
}
