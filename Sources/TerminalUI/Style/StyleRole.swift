/// A semantic style of a cell; themes map roles to colours and attributes, views never see colours.
///
/// The raw value is a dense index so per-role tables (pairs, attributes) can be flat arrays.
public enum StyleRole: UInt8, CaseIterable, Sendable, Hashable {
    case text
    case textMuted
    case border
    case borderFocused
    case title
    case titleFocused
    case header
    case hintKey
    case hintLabel
    case selection
    case selectionInactive
    case processOn
    case processOff
    case processPending
    case processError
    case queueWaiting
    case queueSending
    case queueDone
    case queueFailed
    case queueAttention
    case deltaUp
    case deltaDown
    case deltaZero
    case logDebug
    case logInfo
    case logWarn
    case logError
    case filterMatch
    case input
    case inputFocused
    case inputInvalid
    case inputCursor
    case link
    case dialog
    case button
    case buttonFocused
    case healthOK
    case healthWarn
    case healthBad

    /// The dotted name used in theme files, e.g. `process.on`.
    public var name: String {
        switch self {
        case .text: "text"
        case .textMuted: "text.muted"
        case .border: "border"
        case .borderFocused: "border.focused"
        case .title: "title"
        case .titleFocused: "title.focused"
        case .header: "header"
        case .hintKey: "hint.key"
        case .hintLabel: "hint.label"
        case .selection: "selection"
        case .selectionInactive: "selection.inactive"
        case .processOn: "process.on"
        case .processOff: "process.off"
        case .processPending: "process.pending"
        case .processError: "process.error"
        case .queueWaiting: "queue.waiting"
        case .queueSending: "queue.sending"
        case .queueDone: "queue.done"
        case .queueFailed: "queue.failed"
        case .queueAttention: "queue.attention"
        case .deltaUp: "delta.up"
        case .deltaDown: "delta.down"
        case .deltaZero: "delta.zero"
        case .logDebug: "log.debug"
        case .logInfo: "log.info"
        case .logWarn: "log.warn"
        case .logError: "log.error"
        case .filterMatch: "filter.match"
        case .input: "input"
        case .inputFocused: "input.focused"
        case .inputInvalid: "input.invalid"
        case .inputCursor: "input.cursor"
        case .link: "link"
        case .dialog: "dialog"
        case .button: "button"
        case .buttonFocused: "button.focused"
        case .healthOK: "health.ok"
        case .healthWarn: "health.warn"
        case .healthBad: "health.bad"
        }
    }

    /// The role whose style applies when a theme leaves this one unset (`title.focused` → `title` → `text`).
    public var parent: StyleRole? {
        if self == .text { return nil }
        guard let dot = name.lastIndex(of: ".") else { return .text }
        return StyleRole(name: String(name[..<dot])) ?? .text
    }

    /// Looks a role up by its theme-file name.
    public init?(name: String) {
        guard let role = StyleRole.byName[name] else { return nil }
        self = role
    }

    private static let byName: [String: StyleRole] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}
