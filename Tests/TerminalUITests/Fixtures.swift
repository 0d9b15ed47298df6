import TerminalUI

/// Renders into a fresh buffer and returns its text, the snapshot form most tests compare.
func renderText(width: Int, height: Int, _ draw: (inout ScreenBuffer) -> Void) -> String {
    var buffer = ScreenBuffer(width: width, height: height)
    draw(&buffer)
    return buffer.text
}

/// Renders into a fresh buffer and returns it, for tests that inspect roles.
func renderBuffer(width: Int, height: Int, _ draw: (inout ScreenBuffer) -> Void) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    draw(&buffer)
    return buffer
}

/// Joins snapshot lines so expected frames read top to bottom in the test source.
func lines(_ rows: String...) -> String {
    rows.joined(separator: "\n")
}

/// The role of every cell in row `y` from `x` for `count` cells.
func roles(in buffer: ScreenBuffer, y: Int, x: Int, count: Int) -> [StyleRole] {
    (x..<x + count).map { buffer[$0, y].role }
}

/// The repository's `Themes/` folder, found from this file's location.
let themesDirectory: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/") + "/Themes"
}()
