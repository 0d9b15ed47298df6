import Foundation
import SyncEngine
import TerminalUI

/// Everything that can change the dashboard: keys, the engine, the clock, the terminal and the
/// results of effects the shell ran.
public enum DashboardEvent: Sendable {
    /// A key press.
    case key(KeyEvent)
    /// The terminal has a new size.
    case resize(Size)
    /// The clock moved on.
    case tick(Date)
    /// The state store as it was when the dashboard opened (or the home was reloaded).
    case snapshot(DashboardSnapshot)
    /// A batch of live engine events.
    case engine([EngineEvent])
    /// The parked items were re-read.
    case parkedLoaded([ParkedItem])
    /// An order's history was read.
    case orderHistoryLoaded(vismaID: String, [EventRecord])
    /// A theme is now in use.
    case themeApplied(String)
    /// Settings were saved and applied.
    case settingsSaved(Configuration)
    /// An effect finished with something to tell the admin.
    case notice(String, Flash.Tone)
    /// A hosted screen's task finished.
    case hostedTaskFinished(HostedTaskResult)
}
