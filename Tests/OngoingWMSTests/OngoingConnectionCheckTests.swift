import Foundation
import OngoingWMS
import Sandbox
import Testing

@Suite struct OngoingConnectionCheckTests {
    @Test func goodCredentialsReturnTheWarehouseStatusList() async throws {
        try await OngoingTestHarness.run { harness in
            let client = harness.client()
            let statuses = try await blocking { try client.checkConnection() }
            #expect(statuses.map(\.number) == [150, 200, 300, 320, 400, 450, 500, 1000])
        }
    }

    @Test func wrongPasswordIsReportedAsSuch() async throws {
        try await OngoingTestHarness.run { harness in
            let client = harness.client(password: "wrong")
            await #expect(throws: OngoingConnectionFailure.wrongPassword(username: "WSIdemo")) {
                try await blocking { try client.checkConnection() }
            }
            #expect(OngoingConnectionFailure.wrongPassword(username: "WSIdemo").description.hasPrefix("wrong user name or password"))
        }
    }

    @Test func goodsOwnerOfAnotherUserIsAWrongGoodsOwner() async throws {
        try await OngoingTestHarness.run { harness in
            let client = harness.client(goodsOwnerId: OngoingSandboxUser.other.goodsOwnerId)
            await #expect {
                try await blocking { try client.checkConnection() }
            } throws: { error in
                guard case .wrongGoodsOwner(160, let message) = error as? OngoingConnectionFailure else { return false }
                return message.contains("160") && (error as! OngoingConnectionFailure).description.hasPrefix("wrong goods owner")
            }
        }
    }

    @Test func unknownSystemNameIsNotFound() async throws {
        try await OngoingTestHarness.run { harness in
            let url = URL(string: "http://127.0.0.1:\(harness.port)/nosuch/api/v1/")!
            let client = OngoingClient(configuration: OngoingConfiguration(apiURL: url, credentials: OngoingCredentials(username: "WSIdemo", password: "demo-password"),
                                                                         goodsOwnerId: 159), transport: OngoingTestHarness.transport)
            await #expect(throws: OngoingConnectionFailure.systemNotFound(apiURL: url)) { try await blocking { try client.checkConnection() } }
        }
    }

    @Test func closedPortIsUnreachable() async throws {
        let port = try await OngoingTestHarness.run { $0.port }
        let url = URL(string: "http://127.0.0.1:\(port)/demo/api/v1/")!
        let client = OngoingClient(configuration: OngoingConfiguration(apiURL: url, credentials: OngoingCredentials(username: "WSIdemo", password: "demo-password"),
                                                                     goodsOwnerId: 159, timeout: .seconds(5)), transport: OngoingTestHarness.transport)
        await #expect {
            try await blocking { try client.checkConnection() }
        } throws: { error in
            guard case .unreachable(let reportedURL, _) = error as? OngoingConnectionFailure else { return false }
            return reportedURL == url && (error as! OngoingConnectionFailure).description.contains("unreachable")
        }
    }
}
