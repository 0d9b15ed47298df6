import Testing
import TerminalUI

struct LayoutTests {
    @Test func fixedPartsThenFillsShareTheRest() {
        #expect(LayoutConstraint.distribute(20, among: [.fixed(3), .fill, .fill]) == [3, 8, 9])
    }

    @Test func ratiosAreFractionsOfTheSpaceAfterFixedParts() {
        #expect(LayoutConstraint.distribute(100, among: [.ratio(1, 2), .fill]) == [50, 50])
        #expect(LayoutConstraint.distribute(31, among: [.fixed(1), .ratio(1, 3), .ratio(2, 3)]) == [1, 10, 20])
    }

    @Test func minimumGetsAtLeastItsSizeAndSharesLikeFill() {
        #expect(LayoutConstraint.distribute(30, among: [.minimum(20), .fill]) == [25, 5])
    }

    @Test func spacingIsTakenBeforeDistributing() {
        #expect(LayoutConstraint.distribute(21, among: [.fill, .fill, .fill], spacing: 3) == [5, 5, 5])
    }

    @Test func tooLittleSpaceShrinksFixedPartsFrontToBackAndNeverGoesNegative() {
        #expect(LayoutConstraint.distribute(5, among: [.fixed(4), .fixed(4), .fill]) == [4, 1, 0])
        #expect(LayoutConstraint.distribute(0, among: [.fixed(4), .fill], spacing: 2) == [0, 0])
        #expect(LayoutConstraint.distribute(-3, among: [.fill]) == [0])
    }

    @Test func splitRowsStacksRectanglesWithSpacing() {
        let rows = Rect(x: 2, y: 1, width: 10, height: 9).splitRows([.fixed(1), .fill, .fixed(2)], spacing: 1)
        #expect(rows == [
            Rect(x: 2, y: 1, width: 10, height: 1),
            Rect(x: 2, y: 3, width: 10, height: 4),
            Rect(x: 2, y: 8, width: 10, height: 2),
        ])
    }

    @Test func splitColumnsPlacesRectanglesSideBySide() {
        let columns = Rect(x: 0, y: 0, width: 84, height: 5).splitColumns([.ratio(3, 8), .fill])
        #expect(columns.map(\.x) == [0, 31])
        #expect(columns.map(\.width) == [31, 53])
    }

    @Test func rectGeometryClampsInsteadOfGoingNegative() {
        let rect = Rect(x: 5, y: 5, width: 3, height: 2)
        #expect(rect.inset(by: 4).isEmpty)
        #expect(rect.inset(by: 4).width == 0)
        #expect(Rect(x: 0, y: 0, width: -4, height: 2).width == 0)
        #expect(rect.top(9) == rect)
        #expect(rect.droppingTop(9).height == 0)
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 2, height: 2)).isEmpty)
    }

    @Test func centeredFitsInsideTheParent() {
        let screen = Rect(x: 0, y: 0, width: 40, height: 10)
        #expect(screen.centered(Size(width: 20, height: 4)) == Rect(x: 10, y: 3, width: 20, height: 4))
        #expect(screen.centered(Size(width: 99, height: 99)) == screen)
    }

    @Test func sizeContainsComparesBothDimensions() {
        #expect(Size(width: 80, height: 24).contains(Size(width: 60, height: 15)))
        #expect(!Size(width: 80, height: 12).contains(Size(width: 60, height: 15)))
    }
}
