import TerminalUI

/// A full-screen screen the dashboard hosts in place of the panes — the seam for the setup wizard.
///
/// The reducer hands it every key (with the action the registry found in ``keyScopes``, if any;
/// Ctrl-C always quits), draws it with the header and hint bar around it, and runs the tasks it
/// asks for off the main queue, returning each task's value through ``receive(_:)``.
public protocol HostedScreen: Sendable {
    /// The title shown in the header, e.g. `Setup`.
    var title: String { get }
    /// Where the screen's bindings live, most specific first; `.always` is appended by the reducer.
    var keyScopes: [KeyScope] { get }
    /// Handles a key; `action` is what the registry bound the key to in ``keyScopes`` (nil for text).
    mutating func handle(_ key: KeyEvent, action: DashboardAction?) -> HostedOutcome
    /// Receives the value of a task the screen asked for.
    mutating func receive(_ result: HostedTaskResult) -> HostedOutcome
    /// Draws the screen into `area`.
    func render(in area: Rect, on buffer: inout ScreenBuffer, glyphs: GlyphSet)
}

/// What a hosted screen wants after a key or a task result.
public struct HostedOutcome: Sendable {
    /// Work to run off the main queue; each result comes back through ``HostedScreen/receive(_:)``.
    public var tasks: [HostedTask]
    /// Whether the screen is done and the dashboard should show again.
    public var close: Bool
    /// Whether the shell should re-read the home (config, connections) and start the engine if it now can.
    public var reloadHome: Bool
    /// Text to put on the clipboard with OSC 52 (works over SSH), if any.
    public var copy: String?

    /// An outcome; by default the screen stays and nothing runs.
    public init(tasks: [HostedTask] = [], close: Bool = false, reloadHome: Bool = false, copy: String? = nil) {
        self.tasks = tasks
        self.close = close
        self.reloadHome = reloadHome
        self.copy = copy
    }
}

/// Work a hosted screen asks the shell to run: blocking I/O against the home or the network.
public struct HostedTask: Sendable {
    /// Names the task, so the screen can tell results apart.
    public var id: String
    /// The work; runs on a background queue with access to the home.
    public var run: @Sendable (HostedTaskContext) async -> any Sendable

    /// Creates a task.
    public init(id: String, run: @escaping @Sendable (HostedTaskContext) async -> any Sendable) {
        self.id = id
        self.run = run
    }
}

/// The value a hosted task produced, handed back to its screen.
public struct HostedTaskResult: Sendable {
    /// The task's id.
    public var id: String
    /// What the task returned.
    public var value: any Sendable

    /// Creates a result.
    public init(id: String, value: any Sendable) {
        self.id = id
        self.value = value
    }
}
