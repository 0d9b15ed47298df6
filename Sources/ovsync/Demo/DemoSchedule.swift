import SyncEngine

/// The process intervals of the demo: short, so a newcomer sees every stage within seconds.
enum DemoSchedule {
    static let intervals: [ProcessName: Int] = [.articles: 10, .orders: 5, .shipments: 5, .stock: 10]

    /// Writes the demo intervals into the home's config.toml.
    static func apply(to workspace: Workspace) throws {
        try workspace.updateConfiguration { configuration in
            for (process, seconds) in intervals {
                var schedule = configuration.schedule(of: process)
                schedule.intervalSeconds = seconds
                configuration.setSchedule(schedule, of: process)
            }
        }
    }
}
