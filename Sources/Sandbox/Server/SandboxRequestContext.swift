import Hummingbird
import NIOCore

/// The request context of both sandboxes: Hummingbird's core storage plus the connection's
/// channel, which fault injection needs to drop a connection mid-request.
public struct SandboxRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection the request arrived on.
    public let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
