/// The order statuses a sandbox system uses, in English (the official list) or Swedish.
///
/// The numbers are the standard ones; the Swedish texts let tests prove that clients compare
/// numbers, never texts.
enum OngoingStatusCatalogue {
    static let error = 150
    static let open = 200
    static let released = 300
    static let allocated = 320
    static let picked = 400
    static let sent = 450
    static let collected = 500
    static let cancelled = 1000

    private static let english: [(Int, String)] = [
        (error, "Error"), (open, "Open"), (released, "Released"), (allocated, "Allocated"),
        (picked, "Picked"), (sent, "Sent"), (collected, "Collected"), (cancelled, "Cancelled"),
    ]

    private static let swedish: [(Int, String)] = [
        (error, "Fel"), (open, "Öppen"), (released, "Frisläppt"), (allocated, "Allokerad"),
        (picked, "Plockad"), (sent, "Skickad"), (collected, "Hämtad"), (cancelled, "Makulerad"),
    ]

    /// The statuses in number order.
    static func list(localised: Bool) -> [(number: Int, text: String)] {
        localised ? swedish : english
    }

    /// The text of status `number`.
    static func text(of number: Int, localised: Bool) -> String {
        list(localised: localised).first { $0.number == number }?.text ?? String(number)
    }
}
