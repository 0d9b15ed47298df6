import CNCursesW
import Dispatch
import Glibc
import TerminalUI

/// Runs the dashboard on the main queue: reads keys, ticks, redraws when dirty and handles signals.
///
/// The Dispatch model verified for ncurses: a read source on stdin, a ~100 ms main-queue tick that
/// also drains `KEY_RESIZE` (SIGWINCH does not make stdin readable), redraws only when something
/// changed and at most ~10 times a second, signal sources that restore the terminal before the exit
/// handler runs, and Ctrl-Z suspend/resume. Run it under `dispatchMain()`; never block the main queue.
@MainActor
public final class TerminalSession {
    /// The terminal this session draws on.
    public let backend: CursesBackend

    private let render: @MainActor (Size) -> ScreenBuffer
    private let handleKey: @MainActor (KeyEvent) -> Void
    private let onTick: (@MainActor () -> Void)?
    private let onExit: @MainActor (TerminalExit) -> Void
    private let frameInterval: DispatchTimeInterval
    private var sources: [any DispatchSourceProtocol] = []
    private var needsRedraw = true
    private var lastDraw: DispatchTime = .init(uptimeNanoseconds: 0)
    private var isRunning = false

    /// The signals that end the session: the terminal is restored, then `onExit` runs.
    public static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - render: builds the whole frame for the current size; called only when a redraw is due.
    ///   - handleKey: receives every key except Ctrl-Z (which suspends), including `.resize`.
    ///   - onTick: runs on every tick, e.g. to refresh ages shown on screen.
    ///   - onExit: runs after a terminating signal restored the terminal; stop the engine and exit there.
    public init(
        backend: CursesBackend,
        frameInterval: DispatchTimeInterval = .milliseconds(100),
        render: @escaping @MainActor (Size) -> ScreenBuffer,
        handleKey: @escaping @MainActor (KeyEvent) -> Void,
        onTick: (@MainActor () -> Void)? = nil,
        onExit: @escaping @MainActor (TerminalExit) -> Void
    ) {
        self.backend = backend
        self.frameInterval = frameInterval
        self.render = render
        self.handleKey = handleKey
        self.onTick = onTick
        self.onExit = onExit
    }

    /// Installs the input, tick and signal sources and draws the first frame.
    public func start() {
        guard !isRunning else { return }
        isRunning = true
        // Dispatch runs these on the main queue; @Sendable keeps Swift from assuming the closures'
        // isolation, and assumeIsolated states what the queue guarantees.
        let input = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
        input.setEventHandler { @Sendable [weak self] in
            MainActor.assumeIsolated { self?.pumpInput(drawIfDue: true) }
        }
        let tick = DispatchSource.makeTimerSource(queue: .main)
        tick.schedule(deadline: .now() + frameInterval, repeating: frameInterval, leeway: .milliseconds(20))
        tick.setEventHandler { @Sendable [weak self] in
            MainActor.assumeIsolated { self?.tick() }
        }
        sources = [input, tick]
        for number in Self.terminatingSignals {
            sources.append(signalSource(number) { session in session.terminate(signal: number) })
        }
        // After an outside SIGSTOP/SIGCONT the screen may hold anything: repaint it all.
        sources.append(signalSource(SIGCONT) { session in
            session.backend.repaintAll()
            session.setNeedsRedraw()
        })
        sources.forEach { $0.resume() }
        drawNow()
    }

    /// Marks the screen out of date; it is redrawn on the next tick.
    public func setNeedsRedraw() {
        needsRedraw = true
    }

    /// Stops reading and ticking and restores the terminal; for a normal quit.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        sources.forEach { $0.cancel() }
        sources.removeAll()
        backend.shutdown()
    }

    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); on `fg` it repaints.
    public func suspend() {
        guard isRunning else { return }
        backend.suspend()
        // Stop with the default action even if curses installed its own SIGTSTP handler, so the
        // terminal state is exactly what suspend() left; execution continues here after SIGCONT.
        // Under dispatchMain the main queue runs on a worker thread that blocks SIGTSTP, so unblock
        // it here or the signal would stay pending.
        let previous = signal(SIGTSTP, SIG_DFL)
        var stopSignal = sigset_t()
        var savedMask = sigset_t()
        sigemptyset(&stopSignal)
        sigaddset(&stopSignal, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stopSignal, &savedMask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &savedMask, nil)
        signal(SIGTSTP, previous)
        backend.resume()
        drawNow()
    }

    /// Asks the terminal to put `text` on the clipboard (OSC 52; works over SSH).
    public func copyToClipboard(_ text: String) {
        backend.writeRaw(ClipboardSequence.copy(text))
    }

    private func tick() {
        pumpInput(drawIfDue: false)
        onTick?()
        if needsRedraw { drawNow() }
    }

    /// Reads every waiting key; after input, draws at once unless the last frame is too recent
    /// (then the tick draws it), which keeps typing responsive without exceeding the frame rate.
    private func pumpInput(drawIfDue: Bool) {
        for key in backend.readKeys() {
            guard isRunning else { return }
            if key == .control("z") {
                suspend()
                continue
            }
            if key == .resize { needsRedraw = true }
            handleKey(key)
        }
        guard isRunning, drawIfDue, needsRedraw else { return }
        if DispatchTime.now() >= lastDraw + frameInterval { drawNow() }
    }

    private func drawNow() {
        guard isRunning else { return }
        needsRedraw = false
        lastDraw = .now()
        backend.present(render(backend.size))
    }

    private func terminate(signal number: Int32) {
        stop()
        onExit(.signal(number))
    }

    private func signalSource(_ number: Int32, handler: @escaping @MainActor (TerminalSession) -> Void) -> any DispatchSourceSignal {
        // Ignore the default action so the signal only reaches the source (as Dispatch requires).
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
        source.setEventHandler { @Sendable [weak self] in
            MainActor.assumeIsolated {
                guard let self else { return }
                handler(self)
            }
        }
        return source
    }
}
