import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// The engine's date handling does not depend on the machine's time zone. Each cycle runs as
/// `ovsync sync NAME --once` in a child process with `TZ` set, so the zone is real for the
/// whole program and no other test in this process is affected.
@Suite("Machines in UTC+ and UTC− time zones")
struct TimeZoneTests {
    /// UTC+14 and UTC−10 (POSIX `Etc/GMT+10` is ten hours behind UTC).
    static let zones = [("Pacific/Kiritimati", "Etc/GMT+10"), ("Etc/GMT+10", "Pacific/Kiritimati"), ("Pacific/Kiritimati", "Pacific/Kiritimati")]

    private func sync(_ processes: [String], zone: String, home: TemporaryHome) async throws {
        for name in processes {
            let result = try await OvsyncBinary.run(["sync", name, "--once", "--home", home.path], environment: ["TZ": zone])
            #expect(result.succeeded, "sync \(name) under TZ=\(zone): \(result)")
        }
    }

    @Test("a first sync and a later delta sync in other zones carry every change, with delivery dates unshifted", arguments: zones)
    func syncIsZoneIndependent(first: String, second: String) async throws {
        try await SandboxPair.with { pair in
            let goods = pair.goodsNumbers
            let number = try pair.createOrder([(goods[0], 2)])
            let home = pair.connected.home
            try await sync(["articles", "orders", "stock"], zone: first, home: home)

            let vismaDate = try #require(pair.visma.order(number: number)?.fields["DeliveryDate"]?.string)
            let sent = try #require(try await pair.ongoingModel(number)?.orderInfo?.deliveryDate)
            #expect(Self.utcDay(sent) == String(vismaDate.prefix(10)), "delivery date under TZ=\(first)")

            pair.visma.editArticle(number: goods[1]) { $0["Name"] = .string("Edited between runs") }
            pair.visma.setOrderRowQuantity(number: number, lineNumber: 1, quantity: 5)
            pair.ongoing.setStock(articleNumber: goods[2], numberOfItems: 33)
            try await sync(["articles", "orders", "stock"], zone: second, home: home)

            #expect(pair.ongoing.article(number: goods[1])?.name == "Edited between runs")
            #expect(pair.ongoingOrder(number)?.lines.map(\.ordered) == [5])
            #expect(pair.visma.article(number: goods[2])?.stockBalance == 33)
            #expect(pair.ongoing.orders().count == 1)
        }
    }

    private static func utcDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
