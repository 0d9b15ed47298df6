import Foundation
import Synchronization

/// Decides, request by request and deterministically by seed, which fault (if any) to inject.
/// The plan can be changed while the server runs (tests and the demo do).
public final class FaultInjector: Sendable {
    private let state: Mutex<(plan: FaultPlan, random: SeededGenerator)>

    /// Creates an injector following `plan`.
    public init(plan: FaultPlan = FaultPlan(), seed: UInt64 = 1) {
        state = Mutex((plan, SeededGenerator(seed: seed ^ 0xFA17)))
    }

    /// The plan in force.
    public var plan: FaultPlan {
        get { state.withLock { $0.plan } }
        set { state.withLock { $0.plan = newValue } }
    }

    /// The fault for the next request, or nil for a healthy answer.
    public func nextFault() -> Fault? {
        state.withLock { state in
            let plan = state.plan
            let roll = Double.random(in: 0..<1, using: &state.random)
            var threshold = plan.serverErrorRate
            if roll < threshold { return .serverError(status: [500, 502, 503][Int(roll * 1000) % 3]) }
            threshold += plan.timeoutRate
            if roll < threshold { return .timeout }
            threshold += plan.dropRate
            if roll < threshold { return .drop }
            threshold += plan.malformedRate
            if roll < threshold { return .malformed }
            threshold += plan.throttleRate
            if roll < threshold { return .throttle }
            return nil
        }
    }
}
