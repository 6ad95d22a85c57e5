import Foundation

/// Places tests need: the repository root, the shared folder beside it, the built `tryg` binary.
public enum Locations {
    /// The root of this package (the folder holding Package.swift).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// `../shared` beside the repository, when present (developers and CI have it, users do not).
    public static var shared: String? {
        let path = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The `tryg` executable built next to the test bundle (or named by TRYG_BINARY).
    public static var trygBinary: String {
        if let explicit = ProcessInfo.processInfo.environment["TRYG_BINARY"] { return explicit }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // On Linux the runner is <build>/debug/<pkg>PackageTests.xctest; elsewhere it may sit deeper.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("tryg").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot + "/.build/debug/tryg"
    }
}
