/// The one list of key bindings: it dispatches keys and generates the hint bar, `?` help and README table.
///
/// Scopes are resolved in the order the caller passes them, most specific first (for example
/// `[.wizard]` while a text field has focus, or `[.processes, .global]` in the processes pane),
/// so a pane can reuse a global key for something else.
public struct KeyRegistry<Action: Sendable>: Sendable {
    /// All bindings in registration order (the order hints and help list them in).
    public let bindings: [KeyBinding<Action>]
    private let index: [KeyScope: [KeyEvent: Int]]

    /// Creates a registry; when a key is bound twice in one scope the first binding wins (see ``conflicts``).
    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
        var index: [KeyScope: [KeyEvent: Int]] = [:]
        for (position, binding) in bindings.enumerated() {
            for key in binding.keys where index[binding.scope]?[key] == nil {
                index[binding.scope, default: [:]][key] = position
            }
        }
        self.index = index
    }

    /// Keys bound more than once within one scope — a test asserts this is empty.
    public var conflicts: [(scope: KeyScope, key: KeyEvent)] {
        var seen: Set<KeyScopedEvent> = []
        var result: [(scope: KeyScope, key: KeyEvent)] = []
        for binding in bindings {
            for key in binding.keys where !seen.insert(KeyScopedEvent(scope: binding.scope, key: key)).inserted {
                result.append((binding.scope, key))
            }
        }
        return result
    }

    /// The binding `key` triggers in the first of `scopes` that binds it.
    public func binding(for key: KeyEvent, in scopes: [KeyScope]) -> KeyBinding<Action>? {
        for scope in scopes {
            if let position = index[scope]?[key] { return bindings[position] }
        }
        return nil
    }

    /// The action `key` triggers in the first of `scopes` that binds it.
    public func action(for key: KeyEvent, in scopes: [KeyScope]) -> Action? {
        binding(for: key, in: scopes)?.action
    }

    /// Hint-bar entries for the active `scopes`: specific scopes first, omitting bindings whose
    /// first key a more specific scope has taken over.
    public func hints(for scopes: [KeyScope], glyphs: GlyphSet = .unicode) -> [HintItem] {
        var items: [HintItem] = []
        for (rank, scope) in scopes.enumerated() {
            for binding in bindings where binding.scope == scope && binding.showsInHints {
                guard let first = binding.keys.first else { continue }
                let shadowed = scopes[..<rank].contains { index[$0]?[first] != nil }
                if !shadowed {
                    items.append(HintItem(key: binding.keysLabel ?? first.label(glyphs: glyphs), label: binding.label))
                }
            }
        }
        return items
    }

    /// Help-overlay content: one section per scope, in `scopeOrder` (scopes not listed follow in
    /// registration order).
    public func helpSections(scopeOrder: [KeyScope] = [], glyphs: GlyphSet = .unicode) -> [HelpSection] {
        orderedScopes(scopeOrder).map { scope in
            HelpSection(
                title: scope.title,
                entries: bindings.filter { $0.scope == scope }.map {
                    HelpEntry(keys: $0.keysText(glyphs: glyphs), description: $0.description)
                })
        }
    }

    /// A Markdown table of every binding (`| Keys | Action | Scope |`), for the README.
    public func markdownTable(scopeOrder: [KeyScope] = []) -> String {
        var lines = ["| Keys | Action | Scope |", "|---|---|---|"]
        for scope in orderedScopes(scopeOrder) {
            for binding in bindings where binding.scope == scope {
                let keys = binding.keysLabel.map { "`\($0)`" }
                    ?? binding.keys.map { "`\(markdownLabel($0))`" }.joined(separator: ", ")
                lines.append("| \(keys) | \(binding.description.replacingPipes) | \(scope.name) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func orderedScopes(_ preferred: [KeyScope]) -> [KeyScope] {
        var result: [KeyScope] = []
        for scope in preferred + bindings.map(\.scope) where !result.contains(scope) {
            result.append(scope)
        }
        return result
    }

    /// Backticks and pipes would break a Markdown code span or table cell.
    private func markdownLabel(_ key: KeyEvent) -> String {
        switch key {
        case .character("`"): return "Backtick"
        case .character("|"): return "Pipe"
        default: return key.label()
        }
    }
}

/// A key within a scope, the unit conflicts are detected on.
private struct KeyScopedEvent: Hashable {
    let scope: KeyScope
    let key: KeyEvent
}

extension String {
    /// The text with `|` escaped so it stays inside one Markdown table cell.
    fileprivate var replacingPipes: String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
