import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// `ovsync status --json` after real sync work, in the shape DESIGN.md §4 documents.
@Suite("status --json after a sync")
struct StatusJSONTests {
    @Test("status --json reports both connections, every process, each order's stage and the parked items")
    func statusReflectsOrdersAndProcesses() async throws {
        try await SandboxPair.with { pair in
            let goods = pair.goodsNumbers
            let sent = try pair.createOrder([(goods[0], 1)])
            let shipped = try pair.createOrder([(goods[1], 2)])
            let parked = try pair.createOrder([(goods[2], 1)])
            pair.visma.setOrderRowQuantity(number: parked, lineNumber: 1, quantity: -1)
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()
            pair.ongoing.advance(orderNumber: String(shipped), to: 450)
            try await harness.runUntilQuiet()

            let result = try await OvsyncBinary.run(["status", "--json", "--home", pair.connected.home.path])
            #expect(result.succeeded, "\(result)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])

            let visma = try #require(object["visma"] as? [String: Any])
            #expect(visma["connected"] as? Bool == true)
            #expect(visma["company"] as? String == pair.visma.options.companyName)
            #expect(visma["needsReauthorization"] as? Bool == false)
            let ongoing = try #require(object["ongoing"] as? [String: Any])
            #expect(ongoing["connected"] as? Bool == true)
            #expect(ongoing["warehouse"] as? String == "demo")
            #expect(ongoing["goodsOwnerId"] as? Int == 159)

            let processes = try #require(object["processes"] as? [[String: Any]])
            #expect(Set(processes.compactMap { $0["name"] as? String }) == ["articles", "orders", "shipments", "stock"])
            for process in processes {
                #expect(Set(process.keys).isSuperset(of: ["name", "enabled", "state", "lastRunAt", "nextRunAt", "lastError", "synced", "failed", "parked"]))
                #expect(process["enabled"] as? Bool == true)
                #expect(process["state"] as? String == "idle")
                #expect((process["lastRunAt"] as? String)?.hasSuffix("Z") == true)
            }
            let ordersProcess = try #require(processes.first { $0["name"] as? String == "orders" })
            #expect(ordersProcess["parked"] as? Int == 1)
            #expect(ordersProcess["synced"] as? Int == 2)

            let orders = try #require(object["orders"] as? [[String: Any]])
            func stage(_ number: Int) -> String? {
                orders.first { $0["vismaNumber"] as? Int == number }?["stage"] as? String
            }
            #expect(stage(sent) == "sent")
            #expect(stage(shipped) == "reported")
            #expect(stage(parked) == "parked")
            let sentOrder = try #require(orders.first { $0["vismaNumber"] as? Int == sent })
            #expect(sentOrder["ongoingOrderNumber"] as? String == String(sent))
            #expect(sentOrder["ongoingOrderId"] as? Int == pair.ongoingOrder(sent)?.orderId)
            #expect(sentOrder["vismaId"] as? String == pair.visma.order(number: sent)?.id.uuidString.lowercased())
            #expect(sentOrder["problem"] is NSNull)

            let parkedItems = try #require(object["parked"] as? [[String: Any]])
            let item = try #require(parkedItems.first { $0["key"] as? String == String(parked) })
            #expect(item["process"] as? String == "orders")
            #expect((item["reason"] as? String)?.contains("negative quantity") == true)
            #expect(item["attempts"] as? Int == 1)
        }
    }
}
