import Testing
import TerminalUI

struct TextInputTests {
    private func typed(_ text: String) -> TextInput {
        var input = TextInput()
        for character in text { _ = input.handle(.character(character)) }
        return input
    }

    @Test func printableKeysInsertAtTheCursorIncludingMovementLetters() {
        var input = typed("hjkl")
        #expect(input.value == "hjkl")
        let movedLeft = input.handle(.left)
        let inserted = input.handle(.character("é"))
        #expect(movedLeft && inserted)
        #expect(input.value == "hjkél")
        #expect(input.cursor == 4)
    }

    @Test func backspaceAndDeleteRemoveAroundTheCursor() {
        var input = typed("pässwörd")
        _ = input.handle(.backspace)
        #expect(input.value == "pässwör")
        _ = input.handle(.home)
        _ = input.handle(.delete)
        #expect(input.value == "ässwör")
        #expect(input.cursor == 0)
        _ = input.handle(.backspace)
        #expect(input.value == "ässwör")
    }

    @Test func homeEndAndEmacsKeysMoveAndKill() {
        var input = typed("order 1042")
        _ = input.handle(.control("a"))
        #expect(input.cursor == 0)
        _ = input.handle(.end)
        #expect(input.cursor == 10)
        for _ in 0..<4 { _ = input.handle(.left) }
        _ = input.handle(.control("k"))
        #expect(input.value == "order ")
        _ = input.handle(.control("u"))
        #expect(input.value.isEmpty)
    }

    @Test func cursorStaysWithinTheValue() {
        var input = typed("ab")
        _ = input.handle(.right)
        #expect(input.cursor == 2)
        _ = input.handle(.home)
        _ = input.handle(.left)
        #expect(input.cursor == 0)
    }

    @Test func keysForTheCallerAreNotConsumed() {
        var input = typed("x")
        for key: KeyEvent in [.enter, .escape, .tab, .control("c"), .up, .function(1)] {
            let consumed = input.handle(key)
            #expect(!consumed, "\(key)")
        }
        #expect(input.value == "x")
    }

    @Test func maxLengthStopsInsertion() {
        var input = TextInput("12", maxLength: 3)
        _ = input.handle(.character("3"))
        _ = input.handle(.character("4"))
        #expect(input.value == "123")
    }

    @Test func descriptionsNeverContainTheValue() {
        let input = typed("hunter2")
        #expect(!String(describing: input).contains("hunter2"))
        #expect(!String(reflecting: input).contains("hunter2"))
        var dumped = ""
        dump(input, to: &dumped)
        #expect(!dumped.contains("hunter2"))
    }
}
