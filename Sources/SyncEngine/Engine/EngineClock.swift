import Foundation

/// The engine's notion of now, injectable so tests control time.
public protocol EngineClock: Sendable {
    func now() -> Date
}

/// The wall clock.
public struct SystemEngineClock: EngineClock {
    public init() {}
    public func now() -> Date { Date() }
}
