import Foundation
import SyncEngine
import TerminalUI

/// The settings overlay's working copy: edited freely, written to config.toml only on save.
public struct SettingsForm: Sendable, Equatable {
    /// The settings being edited.
    public var values: Configuration
    /// The settings in force, to tell what changed.
    public var original: Configuration
    /// Which field is selected.
    public var list = ListState()
    /// The number being typed into the selected field, if any.
    public var editing: TextInput?
    /// Why the typed number was refused.
    public var error: String?

    /// Starts editing `configuration`.
    public init(_ configuration: Configuration) {
        values = configuration
        original = configuration
    }

    /// The selected field.
    public var field: SettingsField { SettingsField.all[min(list.selected, SettingsField.all.count - 1)] }

    /// Whether anything differs from the settings in force.
    public var hasChanges: Bool { values != original }

    /// Enter on the selected field: type a number, or flip a toggle or choice.
    public mutating func edit() {
        error = nil
        if let number = field.number(in: values) {
            editing = TextInput(String(number), maxLength: 6)
        } else {
            field.step(1, in: &values)
        }
    }

    /// Moves the selected value one step down (-1) or up (+1).
    public mutating func step(_ direction: Int) {
        error = nil
        field.step(direction, in: &values)
    }

    /// Takes the typed number; keeps editing with an explanation when it is not valid.
    public mutating func commitEdit() {
        guard let text = editing?.value else { return }
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)), case .number(let range) = field.kind, range.contains(number) else {
            if case .number(let range) = field.kind {
                error = "\(field.label): enter a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return
        }
        field.set(number, in: &values)
        editing = nil
        error = nil
    }

    /// Drops the typed number.
    public mutating func cancelEdit() {
        editing = nil
        error = nil
    }
}
