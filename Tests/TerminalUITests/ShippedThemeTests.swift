import Testing
import TerminalUI

struct ShippedThemeTests {
    private let locator = ThemeLocator(searchDirectories: [themesDirectory])
    static let shipped = ["default", "light", "high-contrast", "deuteranopia", "tritanopia", "monochrome"]

    @Test(arguments: shipped)
    func shippedThemeLoadsAndResolvesForEveryCapability(name: String) throws {
        let theme = try locator.load(name)
        #expect(theme.name == name)
        #expect(!theme.displayName.isEmpty)
        for capability in [ColorCapability.indexed256, .ansi16, .ansi8, .monochrome] {
            let palette = ThemePalette(theme: theme, capability: capability)
            #expect(palette[.selection] != palette[.text], "\(name) selection is invisible at \(capability)")
        }
    }

    @Test func availableThemesIncludeEveryShippedTheme() {
        #expect(Set(Self.shipped).isSubset(of: Set(locator.availableThemes())))
    }

    @Test func defaultFileMatchesTheBuiltInDefault() throws {
        #expect(try locator.load("default").styles == Theme.builtInDefault.styles)
        #expect(Theme.builtInDefault.styles.count == StyleRole.allCases.count)
    }

    @Test func monochromeFileMatchesTheBuiltInAndHasNoColours() throws {
        let theme = try locator.load("monochrome")
        #expect(theme.styles == Theme.builtInMonochrome.styles)
        #expect(theme.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
    }

    /// Opposite states that must be told apart by more than hue.
    static let opposites: [(StyleRole, StyleRole)] = [
        (.processOn, .processError), (.queueDone, .queueFailed), (.healthOK, .healthBad),
        (.deltaUp, .deltaDown), (.logInfo, .logError),
    ]

    @Test(arguments: ["deuteranopia", "tritanopia"])
    func colourBlindThemesNeverPairRedWithGreen(name: String) throws {
        let palette = ThemePalette(theme: try locator.load(name), capability: .indexed256)
        for (good, bad) in Self.opposites {
            let hues = [palette[good], palette[bad]].map { hue(ofPaletteIndex: $0.foreground) }
            #expect(!(hues.contains(.red) && hues.contains(.green)), "\(name): \(good.name) vs \(bad.name)")
        }
    }

    @Test(arguments: ["deuteranopia", "tritanopia", "monochrome", "high-contrast"])
    func failuresDifferFromSuccessesInAttributesNotJustColour(name: String) throws {
        let theme = try locator.load(name)
        for (good, bad) in Self.opposites where bad != .deltaDown {
            #expect(theme.style(for: good).attributes != theme.style(for: bad).attributes, "\(name): \(good.name) vs \(bad.name)")
        }
    }

    private enum Hue { case red, green, other }

    /// Classifies a palette colour by hue angle; greys and the default colour are `other`.
    private func hue(ofPaletteIndex index: Int16) -> Hue {
        guard index >= 0 else { return .other }
        let (r, g, b) = ColorQuantizer.rgb(ofPaletteIndex: UInt8(index))
        let (red, green, blue) = (Double(r), Double(g), Double(b))
        let maximum = max(red, green, blue)
        let minimum = min(red, green, blue)
        guard maximum - minimum > 40 else { return .other }
        var angle: Double
        switch maximum {
        case red: angle = 60 * ((green - blue) / (maximum - minimum))
        case green: angle = 60 * ((blue - red) / (maximum - minimum) + 2)
        default: angle = 60 * ((red - green) / (maximum - minimum) + 4)
        }
        if angle < 0 { angle += 360 }
        if angle < 20 || angle > 340 { return .red }
        if angle >= 80 && angle <= 160 { return .green }
        return .other
    }
}
