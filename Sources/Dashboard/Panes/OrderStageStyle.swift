import SyncEngine
import TerminalUI

/// How an order's stage looks: a word, a role and a five-step progress strip
/// (Visma → Ongoing → picking → shipped → written back), so the stage never rests on colour alone.
enum OrderStageStyle {
    /// The stage as the admin reads it.
    static func word(_ stage: OrderStage) -> String {
        switch stage {
        case .new: "in Visma"
        case .sent: "in Ongoing"
        case .picking: "picking"
        case .changedAfterPicking: "changed late"
        case .shipped: "shipped"
        case .reported: "written back"
        case .cancelled: "cancelled"
        case .parked: "parked"
        }
    }

    /// The role the stage is drawn in.
    static func role(_ stage: OrderStage) -> StyleRole {
        switch stage {
        case .new: .queueWaiting
        case .sent, .picking, .shipped: .queueSending
        case .reported: .queueDone
        case .cancelled: .textMuted
        case .parked: .queueFailed
        case .changedAfterPicking: .queueAttention
        }
    }

    /// Steps reached out of five; parked and cancelled orders show none.
    static func progress(_ stage: OrderStage, glyphs: GlyphSet) -> String {
        let reached: Int
        switch stage {
        case .new: reached = 1
        case .sent: reached = 2
        case .picking, .changedAfterPicking: reached = 3
        case .shipped: reached = 4
        case .reported: reached = 5
        case .parked: return String(glyphs.failed) + String(repeating: glyphs.off, count: 4)
        case .cancelled: return String(repeating: glyphs.off, count: 5)
        }
        return String(repeating: glyphs.on, count: reached) + String(repeating: glyphs.off, count: 5 - reached)
    }
}
