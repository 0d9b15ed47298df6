/// The editable value and cursor of a text or masked field.
///
/// While a field has focus it owns every printable key (htop dropped its vim mode because `hjkl`
/// leaked out of search). Its debug and reflection output never contain the value, because the same
/// type holds passwords and client secrets.
public struct TextInput: Sendable, Hashable {
    /// The characters of the value.
    public private(set) var characters: [Character]
    /// The cursor position, `0...characters.count` (insertion point).
    public private(set) var cursor: Int
    /// The most characters accepted; further typing is ignored.
    public var maxLength: Int?

    /// Creates an input holding `value` with the cursor at its end.
    public init(_ value: String = "", maxLength: Int? = nil) {
        characters = Array(value)
        cursor = characters.count
        self.maxLength = maxLength
    }

    /// The current value.
    public var value: String { String(characters) }
    /// Whether the value is empty.
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies an editing key; returns whether the key was consumed.
    ///
    /// Printable characters insert; Backspace/Del delete around the cursor; ←/→, Home/End and
    /// Ctrl-A/Ctrl-E move; Ctrl-U deletes to the start and Ctrl-K to the end. Anything else
    /// (Enter, Esc, Tab, Ctrl-C …) is left to the caller.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        default: return false
        }
        return true
    }

    /// Inserts `character` at the cursor unless the value is at its maximum length.
    public mutating func insert(_ character: Character) {
        guard DisplayWidth.of(character) > 0 else { return }
        if let maxLength, characters.count >= maxLength { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Empties the value.
    public mutating func clear() {
        characters.removeAll()
        cursor = 0
    }
}

extension TextInput: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A description without the value, e.g. `TextInput(8 characters, cursor 8)`.
    public var description: String { "TextInput(\(characters.count) characters, cursor \(cursor))" }
    /// Same as ``description``; never the value.
    public var debugDescription: String { description }
    /// A mirror without the value, so `dump` and test failure messages cannot leak a secret.
    public var customMirror: Mirror { Mirror(self, children: ["count": characters.count, "cursor": cursor]) }
}
