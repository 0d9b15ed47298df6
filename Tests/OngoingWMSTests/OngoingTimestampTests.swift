import Foundation
import OngoingWMS
import Testing

@Suite struct OngoingTimestampTests {
    private let reference = Date(timeIntervalSince1970: 1_554_796_800) // 2019-04-09T08:00:00Z

    @Test func requestsCarryUTCWithMillisecondsAndExplicitOffset() {
        #expect(OngoingTimestamp.format(reference) == "2019-04-09T08:00:00.000+00:00")
        #expect(OngoingTimestamp.format(reference.addingTimeInterval(0.437)) == "2019-04-09T08:00:00.437+00:00")
        #expect(OngoingTimestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000+00:00")
    }

    @Test(arguments: [
        ("2019-04-09T08:00:00Z", 0.0),
        ("2019-04-09T08:00:00.3Z", 0.3),
        ("2019-04-09T08:00:00.437Z", 0.437),
        ("2019-04-09T08:00:00.4370000", 0.437),
        ("2019-04-09T08:00:00", 0.0),
        ("2019-04-09T10:00:00+02:00", 0.0),
        ("2019-04-09T10:00:00.000+0200", 0.0),
        ("2019-04-09T03:00:00-05:00", 0.0),
        ("2019-04-09T08:00", 0.0),
    ])
    func responsesParseWithOrWithoutFractionAndOffset(_ text: String, _ fraction: Double) throws {
        let parsed = try #require(OngoingTimestamp.parse(text))
        #expect(abs(parsed.timeIntervalSince(reference) - fraction) < 0.0005)
    }

    @Test func bareDateIsMidnightUTC() {
        #expect(OngoingTimestamp.parse("2019-04-09") == reference.addingTimeInterval(-8 * 3600))
    }

    @Test(arguments: ["", "yesterday", "2019-13-01", "2019-04-09T08:00:00 00:00", "2019-04-09T08:00:00.Z", "2019-04-09X"])
    func nonsenseIsRejected(_ text: String) {
        #expect(OngoingTimestamp.parse(text) == nil)
    }

    @Test func formatAndParseRoundTripToTheMillisecond() throws {
        for offset in stride(from: -100_000_000.0, to: 2_000_000_000, by: 123_456_789.123) {
            let date = Date(timeIntervalSince1970: (offset * 1000).rounded(.down) / 1000)
            let parsed = try #require(OngoingTimestamp.parse(OngoingTimestamp.format(date)))
            #expect(abs(parsed.timeIntervalSince(date)) < 0.0005)
        }
    }
}
