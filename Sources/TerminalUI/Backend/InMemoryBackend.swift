/// A ``Backend`` that records every presented frame and the cells each flush changed; for tests.
@MainActor
public final class InMemoryBackend: Backend {
    /// The size views are asked to render at; change it with ``resize(to:)``.
    public private(set) var size: Size
    /// Every frame presented, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    /// The cells the last `present` changed, as a diffing backend would have written them.
    public private(set) var lastChanges: [CellChange] = []
    /// Whether ``shutdown()`` was called.
    public private(set) var isShutDown = false
    /// What the next flush is diffed against; `nil` after a resize, like a real backend's repaint.
    private var diffBase: ScreenBuffer?

    /// Creates a recorder of the given size.
    public init(size: Size) {
        self.size = size
    }

    /// The most recent frame.
    public var lastFrame: ScreenBuffer? { frames.last }

    /// Records `buffer` and the diff from the previous frame.
    public func present(_ buffer: ScreenBuffer) {
        guard !isShutDown else { return }
        lastChanges = buffer.diff(from: diffBase ?? ScreenBuffer(width: 0, height: 0))
        diffBase = buffer
        frames.append(buffer)
    }

    /// Simulates a terminal resize: like a real backend, the next frame is diffed against nothing.
    public func resize(to newSize: Size) {
        size = newSize
        diffBase = nil
    }

    /// Marks the backend shut down.
    public func shutdown() {
        isShutDown = true
    }
}
