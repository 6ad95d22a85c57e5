// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: tryg → Strategy → (JSONSchema → JSON), Git → Clibgit2.
let package = Package(
    name: "tryg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tryg", targets: ["tryg"]),
    ],
    dependencies: [
        // The command line of `tryg` (subcommands, --help, validation of flag combinations).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Clibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "Git", dependencies: ["Clibgit2"]),
        .target(name: "JSON"),
        .target(name: "JSONSchema", dependencies: ["JSON"]),
        .target(name: "Strategy", dependencies: ["JSON", "JSONSchema", "Git"]),
        .executableTarget(
            name: "tryg",
            dependencies: [
                "Strategy", "Git", "JSON", "JSONSchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tryg-bench",
            dependencies: ["JSON", "JSONSchema", "Strategy", "Git"]
        ),
        // Helpers shared by the test targets: temporary repositories made with the real git client,
        // a subprocess runner, and the locations of the shared folder and the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "JSON"]),
        .testTarget(name: "GitTests", dependencies: ["Git"]),
        .testTarget(name: "StrategyTests", dependencies: ["Strategy", "Git", "JSON", "JSONSchema", "TestSupport"]),
        // End-to-end tests of the built `tryg` binary; depending on it makes `swift test` build it.
        .testTarget(name: "TrygTests", dependencies: ["tryg", "TestSupport"]),
    ]
)
