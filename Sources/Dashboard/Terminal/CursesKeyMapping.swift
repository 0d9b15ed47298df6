import CNCursesW
import TerminalUI

/// Translates what `get_wch` returns into ``KeyEvent``s.
enum CursesKeyMapping {
    /// The key for a `get_wch` result: `status` is `OK` (a character) or `KEY_CODE_YES` (a key code).
    static func key(status: Int32, value: UInt32) -> KeyEvent? {
        if status == KEY_CODE_YES {
            return keyCode(Int32(bitPattern: value))
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return KeyEvent(scalar: scalar)
    }

    private static func keyCode(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        // KEY_F(n) is a function-like macro Swift does not import; F1–F24 follow KEY_F0.
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
