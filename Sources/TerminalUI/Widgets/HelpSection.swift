/// A group of help entries under a heading, one per key scope.
public struct HelpSection: Sendable, Hashable {
    /// The heading, e.g. `Global`.
    public var title: String
    /// The bindings of the group.
    public var entries: [HelpEntry]

    /// Creates a section.
    public init(title: String, entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }
}

/// One line of the help overlay: the keys and what they do.
public struct HelpEntry: Sendable, Hashable {
    /// The keys as written, e.g. `q, Ctrl-C`.
    public var keys: String
    /// What they do.
    public var description: String

    /// Creates an entry.
    public init(keys: String, description: String) {
        self.keys = keys
        self.description = description
    }
}
