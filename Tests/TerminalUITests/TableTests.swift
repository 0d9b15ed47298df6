import Testing
import TerminalUI

struct TableTests {
    private let columns = [
        TableColumn("SKU", width: .fixed(6)),
        TableColumn("Old", width: .fixed(5), alignment: .right),
        TableColumn("New", width: .fixed(5), alignment: .right),
        TableColumn("Δ", width: .fill, alignment: .right),
    ]

    @Test func rendersHeadingAndAlignedCells() {
        let text = renderText(width: 22, height: 3) {
            Table(columns: columns, rows: [
                [Span("A-100"), Span("120"), Span("118"), Span("↓2", role: .deltaDown)],
                [Span("B-220"), Span("7"), Span("7"), Span("=", role: .deltaZero)],
            ], showsSelection: false).render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines(
            "SKU      Old   New   Δ",
            "A-100    120   118  ↓2",
            "B-220      7     7   ="))
    }

    @Test func headingUsesTheHeaderRoleAndCellsKeepTheirRoles() {
        let buffer = renderBuffer(width: 22, height: 2) {
            Table(columns: columns, rows: [[Span("A"), Span("1"), Span("3"), Span("↑2", role: .deltaUp)]], showsSelection: false)
                .render(in: $0.bounds, on: &$0)
        }
        #expect(buffer[0, 0].role == .header)
        #expect(buffer[21, 1].role == .deltaUp)
    }

    @Test func longCellsAreCutWithAnEllipsis() {
        let text = renderText(width: 12, height: 2) {
            Table(columns: [TableColumn("Name", width: .fixed(6)), TableColumn("Qty", alignment: .right)],
                  rows: [[Span("Widget deluxe"), Span("3")]], showsSelection: false).render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines("Name     Qty", "Widge…     3"))
    }

    @Test func selectedBodyRowIsHighlightedBelowTheHeading() {
        let buffer = renderBuffer(width: 12, height: 3) {
            Table(columns: [TableColumn("Order")], rows: [[Span("#1")], [Span("#2")]], state: ListState(selected: 1))
                .render(in: $0.bounds, on: &$0)
        }
        #expect(buffer[0, 2].role == .selection)
        #expect(buffer[0, 1].role == .text)
    }

    @Test func missingCellsAreBlank() {
        let text = renderText(width: 9, height: 2) {
            Table(columns: [TableColumn("A", width: .fixed(4)), TableColumn("B")], rows: [[Span("x")]], showsSelection: false)
                .render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines("A    B", "x"))
    }
}
