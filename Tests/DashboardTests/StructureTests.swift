import Dashboard
import Foundation
import SyncEngine
import Testing
import TerminalUI

/// The queue, the log and the layout.
struct StructureTests {
    /// Test the queue keeps the most recently changed order first and moves an updated one.
    @Test func orderQueueOrder() {
        var queue = OrderQueue()
        for order in DashboardFixtures.orders() { queue.upsert(order) }
        #expect((0..<queue.count).map { queue[$0].vismaNumber } == [1047, 1046, 1045, 1044, 1043, 1042, 1041, 1040])
        var moved = queue[7]
        moved.updatedAt = DashboardFixtures.now
        moved.stage = .reported
        queue.upsert(moved)
        #expect(queue[0].vismaNumber == 1040 && queue.count == 8 && queue.index(ofVismaID: moved.vismaID) == 0)
        #expect(queue.openCount == 5 && queue.problemCount == 2)
    }

    /// Test the log trims its oldest lines and keeps filter matches in step.
    @Test func eventFeedTrimsAndFilters() {
        var feed = EventFeed(capacity: 8)
        feed.setFilter("even")
        for index in 0..<30 {
            let record = EventRecord(connectionID: .primary, entity: .order, key: "\(index)", at: DashboardFixtures.now,
                                     message: index % 2 == 0 ? "even" : "odd")
            feed.append(EventLine(record, timeZone: DashboardFixtures.utc))
        }
        #expect(feed.totalCount <= 10)
        #expect((0..<feed.shownCount).allSatisfy { feed[shown: $0].text.hasSuffix("even") })
        feed.setFilter("")
        #expect(feed.shownCount == feed.totalCount && feed[shown: feed.shownCount - 1].text == "order 29: odd")
    }

    /// Test two columns from 100 columns, stacked below, and the focused pane growing when stacked.
    @Test func layout() {
        let wide = DashboardLayout(size: Size(width: 120, height: 30), focus: .processes)
        #expect(wide.panes[.orders]!.y == wide.panes[.stock]!.y && wide.panes[.orders]!.x < wide.panes[.stock]!.x)
        let narrow = DashboardLayout(size: Size(width: 80, height: 30), focus: .stock)
        #expect(narrow.panes[.orders]!.maxY <= narrow.panes[.stock]!.y)
        #expect(narrow.panes[.stock]!.height > narrow.panes[.orders]!.height)
        #expect(!DashboardLayout.fits(Size(width: 59, height: 30)) && DashboardLayout.fits(Size(width: 60, height: 22)))
    }
}
