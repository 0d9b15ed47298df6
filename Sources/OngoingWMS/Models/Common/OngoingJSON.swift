import APITransport
import Foundation

/// The JSON coders every Ongoing request and response goes through.
enum OngoingJSON {
    /// Encodes request bodies: times as ``OngoingTimestamp/format(_:)``, absent optionals omitted.
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(OngoingTimestamp.format(date))
        }
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    /// Decodes a response body, tolerating a leading UTF-8 byte order mark and every time format.
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = OngoingTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unrecognised Ongoing time \"\(text)\"")
            }
            return date
        }
        return try decoder.decode(type, from: data.withoutByteOrderMark)
    }
}
