import Dashboard
import Foundation
import SyncEngine
import TerminalUI

/// What one dashboard frame costs at 200×60 with 10,000 orders queued and a busy log: the
/// pure render plus the diff against the previous frame (what the curses flush writes).
enum DashboardFrameCost {
    /// Mean microseconds per frame for render and for render + diff, over `frames` frames in
    /// which one order changes each time (so every frame has something to redraw).
    static func measure(orders: Int = 10_000, frames: Int = 200) -> (render: Double, renderAndDiff: Double) {
        let size = Size(width: 200, height: 60)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var state = DashboardState(size: size, now: start)
        let stages: [OrderStage] = [.new, .sent, .picking, .shipped, .reported]
        var records = (0..<orders).map { index in
            var record = OrderLinkRecord(connectionID: .primary, vismaID: "order-\(index)", vismaNumber: 10_000 + index,
                                        ongoingOrderNumber: String(10_000 + index), stage: stages[index % stages.count],
                                        at: start.addingTimeInterval(Double(index)))
            record.problem = index % 97 == 0 ? "short-shipped: fewer items picked than ordered" : nil
            return record
        }
        _ = state.update(.engine(records.map(EngineEvent.order)))
        _ = state.update(.engine((0..<5_000).map { index in
            .log(EventRecord(connectionID: .primary, entity: .order, key: String(10_000 + index % orders), at: start.addingTimeInterval(Double(index) / 10),
                             message: "created in Ongoing (orderId \(50_000 + index), 2 lines)"))
        }))
        _ = state.update(.key(.character("2")))

        var previous = DashboardRenderer.render(state, size: size)
        var renderTotal = 0.0
        var diffTotal = 0.0
        for frame in 0..<frames {
            records[frame].stage = .reported
            _ = state.update(.engine([.order(records[frame])]))
            _ = state.update(.tick(start.addingTimeInterval(Double(orders + frame))))
            var buffer = ScreenBuffer(width: 0, height: 0)
            let rendered = timed { buffer = DashboardRenderer.render(state, size: size) }
            var changes = 0
            let diffed = timed { changes = buffer.diff(from: previous).count }
            precondition(changes >= 0)
            renderTotal += rendered
            diffTotal += diffed
            previous = buffer
        }
        return (renderTotal / Double(frames) * 1e6, (renderTotal + diffTotal) / Double(frames) * 1e6)
    }

    private static func timed(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
