import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-shot HTTP exchange over a plain TCP socket to 127.0.0.1, blocking. The sandbox tests
/// talk to the wire directly, with no HTTP client library between them and the server.
enum LoopbackSocket {
    enum Failure: Error {
        case socket(Int32)
        case malformed
    }

    /// Sends `request` to `127.0.0.1:port` and reads until the server closes the connection.
    static func exchange(port: Int, request: Data) throws -> Data {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.socket(errno) }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure.socket(errno) }
        try request.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard written > 0 else { throw Failure.socket(errno) }
                offset += written
            }
        }
        var answer = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw Failure.socket(errno) }
            answer.append(contentsOf: chunk[0..<count])
        }
        return answer
    }

    /// Decodes a chunked transfer-encoded body.
    static func dechunk(_ data: Data) throws -> Data {
        var body = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            guard let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";")[0], radix: 16) else {
                throw Failure.malformed
            }
            if size == 0 { break }
            let start = lineEnd.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size + 2 else { throw Failure.malformed }
            let end = rest.index(start, offsetBy: size)
            body.append(rest[start..<end])
            rest = rest[rest.index(end, offsetBy: 2)...]
        }
        return body
    }
}
