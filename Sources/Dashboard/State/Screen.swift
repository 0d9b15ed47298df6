/// What fills the space between the header and the hint bar.
public enum Screen: Sendable {
    /// The four panes.
    case dashboard
    /// Nothing is configured: how to set up, or try the demo.
    case firstRun
    /// A screen hosted in place of the panes, such as the setup wizard.
    case hosted(any HostedScreen)
}
