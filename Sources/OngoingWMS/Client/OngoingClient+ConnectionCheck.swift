import Foundation

/// The connection check of `ovsync connect ongoing` and the setup wizard.
extension OngoingClient {
    /// Verifies the credentials (`GET /orders/statuses`) and then the goods owner (a one-article
    /// `GET /articles`), returning the warehouse's status list.
    ///
    /// A refusal of the second call means the goods owner is wrong, whatever its status: the
    /// credentials were just accepted. The sandbox answers 403 with a message; a real system
    /// may answer 401 or 400 and is read the same way.
    public func checkConnection() throws(OngoingConnectionFailure) -> [OrderStatus] {
        let statuses: [OrderStatus]
        do {
            statuses = try orderStatuses()
        } catch let error as OngoingError {
            switch error {
            case .unauthorized: throw .wrongPassword(username: configuration.credentials.username)
            case .unreachable(let reason): throw .unreachable(apiURL: configuration.apiURL, reason: reason)
            case .rejected(404, _): throw .systemNotFound(apiURL: configuration.apiURL)
            default: throw .unexpected(error.description)
            }
        } catch {
            throw .unexpected(String(describing: error))
        }
        do {
            _ = try articlePage(pageSize: 1)
        } catch let error as OngoingError {
            switch error {
            case .unauthorized(let message), .forbidden(let message), .rejected(_, let message):
                throw .wrongGoodsOwner(goodsOwnerId: configuration.goodsOwnerId, serverMessage: message)
            case .unreachable(let reason): throw .unreachable(apiURL: configuration.apiURL, reason: reason)
            default: throw .unexpected(error.description)
            }
        } catch {
            throw .unexpected(String(describing: error))
        }
        return statuses
    }
}
