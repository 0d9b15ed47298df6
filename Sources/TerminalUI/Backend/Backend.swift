/// Where frames go: the curses terminal in the app, an in-memory recorder in tests.
///
/// Contract: `present` shows exactly the given frame (a backend may flush only the cells that differ
/// from the previous one); `size` is the current terminal size; after `shutdown` the terminal is
/// restored and nothing more is presented. Main actor only, because curses is not thread-safe.
@MainActor
public protocol Backend: AnyObject {
    /// The current terminal size.
    var size: Size { get }
    /// Shows `buffer`.
    func present(_ buffer: ScreenBuffer)
    /// Restores the terminal; further calls do nothing.
    func shutdown()
}
