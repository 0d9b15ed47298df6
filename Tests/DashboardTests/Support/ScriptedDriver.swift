import Dashboard
import Foundation
import SyncEngine
import TerminalUI

/// Drives the dashboard like the shell does, deterministically: keys, engine events and a
/// virtual clock go through the reducer; every step presents a frame to an `InMemoryBackend`.
@MainActor
final class ScriptedDriver {
    private(set) var state: DashboardState
    let backend: InMemoryBackend
    /// Every effect the reducer asked for, in order.
    private(set) var effects: [DashboardEffect] = []
    private(set) var clock: Date

    init(state: DashboardState) {
        self.state = state
        backend = InMemoryBackend(size: state.size)
        clock = state.now
        present()
    }

    /// Presses keys, one frame after each.
    func press(_ keys: KeyEvent...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text key by key.
    func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Delivers an engine batch.
    func engine(_ events: EngineEvent...) {
        send(.engine(events))
    }

    /// Moves the virtual clock on and ticks.
    func advance(_ seconds: TimeInterval) {
        clock = clock.addingTimeInterval(seconds)
        send(.tick(clock))
    }

    /// Resizes the terminal.
    func resize(to size: Size) {
        backend.resize(to: size)
        send(.resize(size))
    }

    func send(_ event: DashboardEvent) {
        effects += state.update(event)
        present()
    }

    /// The current frame as text.
    var screen: String { backend.lastFrame?.text ?? "" }

    private func present() {
        backend.present(DashboardRenderer.render(state, size: backend.size))
    }
}
