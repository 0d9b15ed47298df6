import Foundation
import Testing
import TerminalUI

@MainActor
struct InMemoryBackendTests {
    @Test func recordsFramesAndTheCellsEachFlushChanged() {
        let backend = InMemoryBackend(size: Size(width: 6, height: 1))
        var frame = ScreenBuffer(size: backend.size)
        frame.draw("tick 1", x: 0, y: 0, role: .text)
        backend.present(frame)
        #expect(backend.lastChanges.count == 6)
        frame.draw("2", x: 5, y: 0, role: .text)
        backend.present(frame)
        #expect(backend.frames.count == 2)
        #expect(backend.lastChanges == [CellChange(x: 5, y: 0, cell: Cell("2"))])
        #expect(backend.lastFrame?.text == "tick 2")
    }

    @Test func resizeMakesTheNextFlushRepaintEverything() {
        let backend = InMemoryBackend(size: Size(width: 3, height: 1))
        backend.present(ScreenBuffer(width: 3, height: 1))
        backend.resize(to: Size(width: 3, height: 2))
        backend.present(ScreenBuffer(size: backend.size))
        #expect(backend.lastChanges.count == 6)
        #expect(backend.frames.count == 2)
    }

    @Test func nothingIsPresentedAfterShutdown() {
        let backend = InMemoryBackend(size: Size(width: 2, height: 1))
        backend.shutdown()
        backend.present(ScreenBuffer(width: 2, height: 1))
        #expect(backend.isShutDown)
        #expect(backend.frames.isEmpty)
    }
}

struct ClipboardSequenceTests {
    @Test func copyIsAnOSC52SequenceWithBase64Text() {
        let sequence = ClipboardSequence.copy("order 1042 ✓")
        #expect(sequence.hasPrefix("\u{1B}]52;c;"))
        #expect(sequence.hasSuffix("\u{07}"))
        let payload = sequence.dropFirst(7).dropLast()
        #expect(Data(base64Encoded: String(payload)).flatMap { String(data: $0, encoding: .utf8) } == "order 1042 ✓")
    }
}
