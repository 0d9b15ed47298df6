import Testing
import TerminalUI

struct GlyphSetTests {
    private func characters(of glyphs: GlyphSet) -> [Character] {
        [glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft, glyphs.bottomRight, glyphs.horizontal, glyphs.vertical,
         glyphs.on, glyphs.off, glyphs.pending, glyphs.failed, glyphs.up, glyphs.down, glyphs.unchanged, glyphs.arrow,
         glyphs.mask, glyphs.selectionMarker, glyphs.moreAbove, glyphs.moreBelow, glyphs.times, glyphs.check, glyphs.cross]
            + Array(glyphs.ellipsis)
    }

    @Test func asciiSetContainsOnlyASCII() {
        #expect(characters(of: .ascii).allSatisfy { $0.isASCII })
        #expect(!GlyphSet.ascii.isUnicode)
    }

    @Test func everyGlyphIsOneColumnWide() {
        for glyphs in [GlyphSet.unicode, .ascii] {
            #expect(characters(of: glyphs).allSatisfy { DisplayWidth.of($0) == 1 })
        }
    }

    @Test func stateMarkersDifferSoStateIsNotColourAlone() {
        for glyphs in [GlyphSet.unicode, .ascii] {
            #expect(Set([glyphs.on, glyphs.off, glyphs.pending, glyphs.failed]).count == 4)
            #expect(Set([glyphs.up, glyphs.down, glyphs.unchanged]).count == 3)
        }
    }
}
