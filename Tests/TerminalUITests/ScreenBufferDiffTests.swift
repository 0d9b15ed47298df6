import Testing
import TerminalUI

struct ScreenBufferDiffTests {
    @Test func identicalFramesHaveNoChanges() {
        var buffer = ScreenBuffer(width: 20, height: 4)
        buffer.draw("same", x: 1, y: 1, role: .title)
        #expect(buffer.diff(from: buffer).isEmpty)
    }

    @Test func reportsOnlyChangedCellsWithPositions() {
        var old = ScreenBuffer(width: 10, height: 2)
        old.draw("tick 8", x: 0, y: 1, role: .text)
        var new = old
        new.draw("tick 9", x: 0, y: 1, role: .text)
        #expect(new.diff(from: old) == [CellChange(x: 5, y: 1, cell: Cell("9"))])
    }

    @Test func aRoleChangeAloneIsAChange() {
        let old = ScreenBuffer(width: 3, height: 1)
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1), role: .selection)
        #expect(new.diff(from: old).map(\.x) == [1])
    }

    @Test func sizeChangeReportsEveryCell() {
        let old = ScreenBuffer(width: 3, height: 2)
        let new = ScreenBuffer(width: 4, height: 2)
        let changes = new.diff(from: old)
        #expect(changes.count == 8)
        #expect(changes.last == CellChange(x: 3, y: 1, cell: .blank()))
    }

    @Test func replacingNarrowCellsWithAWideCharacterReportsItsContinuation() {
        var old = ScreenBuffer(width: 4, height: 1)
        old.draw("abcd", x: 0, y: 0, role: .text)
        var new = old
        new.draw("あ", x: 1, y: 0, role: .text)
        let changes = new.diff(from: old)
        #expect(changes.map(\.x) == [1, 2])
        #expect(changes[1].cell.isContinuation)
    }
}
