/// Maps theme colours to palette indices the terminal supports (256 → 16 → 8), btop style.
///
/// 24-bit colours go to the nearer of the 6×6×6 cube and the 24-step grey ramp; palette colours
/// beyond the capability go to the nearest of the 16 (or 8) ANSI colours by their xterm values.
public enum ColorQuantizer {
    /// The palette index for `color` under `capability`; `-1` is the terminal default (curses' convention).
    public static func index(for color: ThemeColor, capability: ColorCapability) -> Int16 {
        switch (color, capability) {
        case (.terminalDefault, _), (_, .monochrome):
            return -1
        case (.indexed(let index), .indexed256):
            return Int16(index)
        case (.indexed(let index), .ansi16) where index < 16:
            return Int16(index)
        case (.indexed(let index), .ansi8) where index < 8:
            return Int16(index)
        case (.indexed(let index), .ansi8) where index < 16:
            // Bright variants become their base colour: the hue is what carries meaning.
            return Int16(index - 8)
        case (.indexed(let index), _):
            return nearest(to: rgb(ofPaletteIndex: index), among: capability == .ansi8 ? 0..<8 : 0..<16)
        case (.rgb(let r, let g, let b), .indexed256):
            return index256(r: r, g: g, b: b)
        case (.rgb(let r, let g, let b), _):
            return nearest(to: (r, g, b), among: capability == .ansi8 ? 0..<8 : 0..<16)
        }
    }

    /// The 256-palette index closest to a 24-bit colour: cube or grey ramp, whichever is nearer.
    public static func index256(r: UInt8, g: UInt8, b: UInt8) -> Int16 {
        let levels = cubeLevels
        func level(_ value: UInt8) -> Int {
            (0..<6).min { abs(Int(levels[$0]) - Int(value)) < abs(Int(levels[$1]) - Int(value)) } ?? 0
        }
        let (cr, cg, cb) = (level(r), level(g), level(b))
        let cube = 16 + 36 * cr + 6 * cg + cb
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        let target = (r, g, b)
        return distance(rgb(ofPaletteIndex: UInt8(grey)), target) < distance(rgb(ofPaletteIndex: UInt8(cube)), target)
            ? Int16(grey) : Int16(cube)
    }

    /// The xterm default RGB value of a palette index.
    public static func rgb(ofPaletteIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            return ansiPalette[Int(index)]
        case 16..<232:
            let value = Int(index) - 16
            return (cubeLevels[value / 36], cubeLevels[value / 6 % 6], cubeLevels[value % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
    }

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// xterm's default values for the 16 ANSI colours.
    private static let ansiPalette: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static func nearest(to target: (UInt8, UInt8, UInt8), among candidates: Range<Int>) -> Int16 {
        Int16(candidates.min { distance(ansiPalette[$0], target) < distance(ansiPalette[$1], target) } ?? 0)
    }

    /// Squared RGB distance with 2-4-3 weights, a cheap approximation of perceived difference.
    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0)
        let dg = Int(a.1) - Int(b.1)
        let db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
