import Foundation

/// Whether and how to open the authorisation URL in the user's browser.
public enum VismaBrowser {
    /// True when a browser can usefully be opened: a graphical display exists (`DISPLAY` or
    /// `WAYLAND_DISPLAY` on Linux), the session is not over SSH (`SSH_CONNECTION`/`SSH_TTY`),
    /// and the user did not pass `--no-browser`.
    public static func shouldOpen(environment: [String: String], disabled: Bool) -> Bool {
        func isSet(_ name: String) -> Bool { !(environment[name] ?? "").isEmpty }
        if disabled || isSet("SSH_CONNECTION") || isSet("SSH_TTY") { return false }
        #if os(macOS)
        return true
        #else
        return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")
        #endif
    }

    /// Asks the desktop to open `url` (`xdg-open`, or `open` on macOS) without waiting for it;
    /// false when the opener could not be started.
    @discardableResult
    public static func open(_ url: URL) -> Bool {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url.absoluteString]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return true
        } catch {
            return false
        }
    }
}
