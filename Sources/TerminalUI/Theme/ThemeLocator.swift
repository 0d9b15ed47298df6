import Foundation

/// Finds and loads theme files: explicit path → `$XDG_CONFIG_HOME/ovsync/themes` → `Themes/` of the
/// package the executable was built in (found by walking up, so `swift run` works) →
/// `../share/ovsync/themes` beside an installed binary → the built-in themes.
public struct ThemeLocator: Sendable {
    /// Directories searched for `NAME.toml`, in order.
    public var searchDirectories: [String]

    /// Creates a locator searching exactly `searchDirectories`.
    public init(searchDirectories: [String]) {
        self.searchDirectories = searchDirectories
    }

    /// Creates a locator with the standard search order for this process.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, executablePath: String? = ThemeLocator.currentExecutablePath()) {
        self.init(searchDirectories: Self.standardDirectories(environment: environment, executablePath: executablePath))
    }

    /// The standard search directories for the given environment and executable location.
    public static func standardDirectories(environment: [String: String], executablePath: String?) -> [String] {
        var directories: [String] = []
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            directories.append(config + "/ovsync/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(home + "/.config/ovsync/themes")
        }
        guard let executablePath else { return directories }
        let binDirectory = (executablePath as NSString).deletingLastPathComponent
        var directory = binDirectory
        while !directory.isEmpty {
            let candidate = directory + "/Themes"
            if isDirectory(candidate) {
                directories.append(candidate)
                break
            }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory { break }
            directory = parent
        }
        directories.append(((binDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/ovsync/themes"))
        return directories
    }

    /// The resolved path of the running executable (via `/proc/self/exe` on Linux).
    public static func currentExecutablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return Bundle.main.executablePath
    }

    /// Loads the theme `request` names: a path (contains `/` or ends in `.toml`) or a theme name;
    /// `nil` means `default`, which falls back to the built-in default when no file exists.
    public func load(_ request: String?) throws(ThemeError) -> Theme {
        let request = request ?? Theme.builtInDefault.name
        if request.contains("/") || request.hasSuffix(".toml") {
            return try loadFile(at: request, chain: [])
        }
        return try loadNamed(request, chain: [])
    }

    /// The theme to draw with: `monochrome` when the terminal shows no colour, else `request`.
    public func load(_ request: String?, for capability: ColorCapability) throws(ThemeError) -> Theme {
        try load(capability == .monochrome ? Theme.builtInMonochrome.name : request)
    }

    /// The path of the theme file named `name`, if any search directory has one.
    public func path(forName name: String) -> String? {
        searchDirectories.lazy.map { "\($0)/\(name).toml" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Names of every theme available (files and built-ins), sorted, for the theme picker.
    public func availableThemes() -> [String] {
        var names = Set(Theme.builtIn.keys)
        for directory in searchDirectories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".toml") {
                names.insert(String(file.dropLast(5)))
            }
        }
        return names.sorted()
    }

    private func loadNamed(_ name: String, chain: [String]) throws(ThemeError) -> Theme {
        if let path = path(forName: name) {
            return try loadFile(at: path, chain: chain)
        }
        if let builtIn = Theme.builtIn[name] { return builtIn }
        throw ThemeError(
            file: "\(name).toml",
            message: "no such theme (searched \(searchDirectories.joined(separator: ", ")); built in: \(Theme.builtIn.keys.sorted().joined(separator: ", ")))")
    }

    /// Loads one file; `chain` holds the paths already being loaded, to catch inheritance cycles.
    private func loadFile(at path: String, chain: [String]) throws(ThemeError) -> Theme {
        let name = Self.themeName(ofPath: path)
        guard !chain.contains(path) else {
            let names = (chain + [path]).map(Self.themeName(ofPath:))
            throw ThemeError(file: path, key: "inherits", message: "inheritance cycle: \(names.joined(separator: " → "))")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ThemeError(file: path, message: "cannot be read as UTF-8 text")
        }
        return try ThemeParser.parse(text, file: path, name: name) { (base: String) throws(ThemeError) -> Theme in
            // A file may inherit the theme it overrides (a user's `default.toml` with
            // `inherits = "default"`): the search then continues after the file's own directory.
            let locator = base == name ? continuing(after: path) : self
            return try locator.loadNamed(base, chain: chain + [path])
        }
    }

    /// A locator over the directories after the one holding `path` (all of them if it is elsewhere).
    private func continuing(after path: String) -> ThemeLocator {
        let directory = (path as NSString).deletingLastPathComponent
        guard let index = searchDirectories.firstIndex(of: directory) else { return self }
        return ThemeLocator(searchDirectories: Array(searchDirectories[(index + 1)...]))
    }

    private static func themeName(ofPath path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
