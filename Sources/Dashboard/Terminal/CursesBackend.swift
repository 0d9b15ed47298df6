import CNCursesW
import Dispatch
import Glibc
import TerminalUI

/// The ncurses terminal: initialisation and teardown, theme-driven colours, diffed flushing and key input.
///
/// The only type (with its helpers in this folder) that calls curses, and only on the main queue:
/// ncurses is not thread-safe even in its threaded build.
@MainActor
public final class CursesBackend: Backend {
    /// Whether the locale is UTF-8; outside UTF-8 ncursesw drops non-ASCII cells, so use ``GlyphSet/ascii``.
    public let isUTF8: Bool
    /// What colours the terminal can show after `--no-color`/`NO_COLOR` were applied.
    public let capability: ColorCapability

    private var palette: ThemePalette
    private var pairs: ColorPairTable
    private var roleAttributes: [attr_t?]
    private var rolePairs: [Int16?]
    private var previous = ScreenBuffer(width: 0, height: 0)
    private var isActive = true

    /// Takes over the terminal (init order per the verified recipe) and draws with `theme`.
    ///
    /// Keys arrive raw so Ctrl-C and Ctrl-Z reach the app as keys; input is non-blocking because the
    /// run loop reads only when stdin is readable or on its tick.
    public init(theme: Theme = .builtInDefault, noColor: Bool = false, environment: [String: String]) {
        // setlocale must precede initscr, or wide characters come out as escapes or vanish.
        setlocale(LC_ALL, "")
        isUTF8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        _ = initscr()
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        nodelay(cn_stdscr(), true)
        curs_set(0)
        // Tell Esc from escape sequences in 25 ms instead of the default second.
        cn_set_escdelay(25)
        var colorsWork = false
        var defaultColorsWork = false
        if has_colors() {
            colorsWork = start_color() == OK
            defaultColorsWork = use_default_colors() == OK
        }
        capability = ColorCapability.decide(
            terminalColors: colorsWork ? Int(cn_colors()) : 0, noColorFlag: noColor, environment: environment)
        pairs = ColorPairTable(defaultColorsWork: defaultColorsWork, limit: colorsWork ? Int(cn_color_pairs()) : 0)
        palette = ThemePalette(theme: theme, capability: capability)
        roleAttributes = Array(repeating: nil, count: StyleRole.allCases.count)
        rolePairs = Array(repeating: nil, count: StyleRole.allCases.count)
    }

    /// The current terminal size.
    public var size: Size { Size(width: Int(cn_cols()), height: Int(cn_lines())) }

    /// Switches to `theme` and repaints everything with it on the next `present`.
    public func apply(theme: Theme) {
        palette = ThemePalette(theme: theme, capability: capability)
        roleAttributes = Array(repeating: nil, count: StyleRole.allCases.count)
        rolePairs = Array(repeating: nil, count: StyleRole.allCases.count)
        repaintAll()
    }

    /// Writes the cells that differ from the last frame and refreshes the screen.
    public func present(_ buffer: ScreenBuffer) {
        dispatchPrecondition(condition: .onQueue(.main))
        guard isActive else { return }
        for change in buffer.diff(from: previous) where !change.cell.isContinuation {
            draw(change.cell, x: Int32(change.x), y: Int32(change.y))
        }
        previous = buffer
        refresh()
    }

    /// Forgets the last frame so the next `present` redraws every cell (after resize, resume or theme change).
    public func repaintAll() {
        previous = ScreenBuffer(width: 0, height: 0)
        clearok(cn_stdscr(), true)
    }

    /// Every key waiting on stdin, in order; `.resize` when curses saw SIGWINCH.
    public func readKeys() -> [KeyEvent] {
        guard isActive else { return [] }
        var keys: [KeyEvent] = []
        var value: wint_t = 0
        while true {
            let status = get_wch(&value)
            if status == ERR { break }
            if let key = CursesKeyMapping.key(status: status, value: UInt32(value)) {
                if key == .resize { repaintAll() }
                keys.append(key)
            }
        }
        return keys
    }

    /// Leaves curses mode temporarily (suspend, running a pager); ``resume()`` takes over again.
    public func suspend() {
        guard isActive else { return }
        endwin()
    }

    /// Takes the terminal back after ``suspend()`` and repaints.
    public func resume() {
        guard isActive else { return }
        refresh()
        repaintAll()
    }

    /// Restores the terminal; safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        endwin()
    }

    /// Writes raw bytes to the terminal (escape sequences curses does not know, such as OSC 52).
    public func writeRaw(_ sequence: String) {
        guard isActive else { return }
        refresh()
        let bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { break }
            offset += written
        }
    }

    private func draw(_ cell: Cell, x: Int32, y: Int32) {
        let role = Int(cell.role.rawValue)
        let attributes = roleAttributes[role] ?? resolveAttributes(role: cell.role)
        let pair = rolePairs[role] ?? resolvePair(role: cell.role)
        let scalars = cell.character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first {
            _ = cn_mvadd_wch(y, x, wchar_t(scalar.value), attributes, pair)
            return
        }
        var wide = scalars.prefix(Int(CCHARW_MAX)).map { wchar_t($0.value) }
        wide.append(0)
        _ = cn_mvadd_wchars(y, x, wide, attributes, pair)
    }

    private func resolveAttributes(role: StyleRole) -> attr_t {
        let style = palette[role]
        var attributes: attr_t = 0
        if style.attributes.contains(.bold) { attributes |= attr_t(cn_a_bold()) }
        if style.attributes.contains(.dim) { attributes |= attr_t(cn_a_dim()) }
        if style.attributes.contains(.underline) { attributes |= attr_t(cn_a_underline()) }
        if style.attributes.contains(.reverse) { attributes |= attr_t(cn_a_reverse()) }
        roleAttributes[Int(role.rawValue)] = attributes
        return attributes
    }

    private func resolvePair(role: StyleRole) -> Int16 {
        let pair = capability == .monochrome ? 0 : pairs.pair(for: palette[role])
        rolePairs[Int(role.rawValue)] = pair
        return pair
    }
}
