import Testing
import TerminalUI

struct ColorQuantizerTests {
    @Test func terminalDefaultAndMonochromeAreMinusOne() {
        #expect(ColorQuantizer.index(for: .terminalDefault, capability: .indexed256) == -1)
        #expect(ColorQuantizer.index(for: .indexed(2), capability: .monochrome) == -1)
        #expect(ColorQuantizer.index(for: .rgb(255, 0, 0), capability: .monochrome) == -1)
    }

    @Test func rgbGoesToTheCubeOrTheGreyRamp() {
        #expect(ColorQuantizer.index256(r: 255, g: 135, b: 0) == 208)
        #expect(ColorQuantizer.index256(r: 0x5F, g: 0xAF, b: 0xFF) == 75)
        #expect(ColorQuantizer.index256(r: 0x30, g: 0x30, b: 0x30) == 236)
        #expect(ColorQuantizer.index256(r: 0x80, g: 0x82, b: 0x80) == 244)
        #expect(ColorQuantizer.index256(r: 0, g: 0, b: 0) == 16)
    }

    @Test func paletteIndicesPassThroughWhenSupported() {
        #expect(ColorQuantizer.index(for: .indexed(236), capability: .indexed256) == 236)
        #expect(ColorQuantizer.index(for: .indexed(12), capability: .ansi16) == 12)
    }

    @Test func to16ColoursPicksTheNearestANSIColour() {
        #expect(ColorQuantizer.index(for: .rgb(255, 135, 0), capability: .ansi16) == 3)
        #expect(ColorQuantizer.index(for: .indexed(28), capability: .ansi16) == 2)
        #expect(ColorQuantizer.index(for: .indexed(236), capability: .ansi16) == 0)
        #expect(ColorQuantizer.index(for: .indexed(153), capability: .ansi16) == 7)
    }

    @Test func to8ColoursBrightBecomesItsBaseHue() {
        #expect(ColorQuantizer.index(for: .indexed(14), capability: .ansi8) == 6)
        #expect(ColorQuantizer.index(for: .indexed(1), capability: .ansi8) == 1)
        #expect(ColorQuantizer.index(for: .rgb(0, 215, 215), capability: .ansi8) == 6)
    }

    @Test func paletteRGBFollowsXtermLayout() {
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 16) == (0, 0, 0))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 231) == (255, 255, 255))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 232) == (8, 8, 8))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 255) == (238, 238, 238))
    }
}

struct ColorCapabilityTests {
    @Test func colourCountSetsTheCapability() {
        #expect(ColorCapability(colors: 256) == .indexed256)
        #expect(ColorCapability(colors: 16) == .ansi16)
        #expect(ColorCapability(colors: 8) == .ansi8)
        #expect(ColorCapability(colors: 0) == .monochrome)
    }

    @Test func noColorEnvironmentOrFlagForcesMonochrome() {
        #expect(ColorCapability.decide(terminalColors: 256, noColorFlag: false, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorCapability.decide(terminalColors: 256, noColorFlag: true, environment: [:]) == .monochrome)
        #expect(ColorCapability.decide(terminalColors: 256, noColorFlag: false, environment: ["NO_COLOR": ""]) == .indexed256)
    }

    @Test func paletteQuantisesEveryRoleAndKeepsOnlyAttributesInMonochrome() {
        let colour = ThemePalette(theme: .builtInDefault, capability: .ansi8)
        #expect(colour[.selection] == TerminalStyle(foreground: 0, background: 6))
        #expect(colour[.titleFocused] == TerminalStyle(foreground: 6, background: -1, attributes: [.bold]))
        let mono = ThemePalette(theme: .builtInDefault, capability: .monochrome)
        #expect(mono[.processError] == TerminalStyle(foreground: -1, background: -1, attributes: [.bold, .underline]))
        #expect(mono[.selection] == TerminalStyle(foreground: -1, background: -1, attributes: [.reverse]))
        #expect(mono[.header] == TerminalStyle(foreground: -1, background: -1, attributes: [.bold, .underline]))
    }
}
