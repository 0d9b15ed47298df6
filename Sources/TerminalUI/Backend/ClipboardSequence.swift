import Foundation

/// The OSC 52 escape sequence that asks the terminal to put text on the system clipboard.
///
/// It works over SSH and inside tmux (with `set-clipboard on`), where no clipboard tool can reach the
/// user's machine; terminals that do not support it ignore it.
public enum ClipboardSequence {
    /// `ESC ] 52 ; c ; base64(text) BEL`.
    public static func copy(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }
}
