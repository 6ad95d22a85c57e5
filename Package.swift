// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: tryg → Site → Strategy → (JSONSchema → JSON), Git → Clibgit2; everything → Messages.
let package = Package(
    name: "tryg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tryg", targets: ["tryg"])
    ],
    dependencies: [
        // The command line of `tryg` (subcommands, --help, validation of flag combinations).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // HTML templates of the website (`tryg site`): escapes text and attribute values by default,
        // has no dependencies of its own, and its templates are registered from strings in the binary.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Clibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "Git", dependencies: ["Clibgit2"]),
        // Every user-facing sentence, in Danish and English: messages as data, rendered at the edge.
        .target(name: "Messages", exclude: ["README.md"]),
        .target(name: "JSON"),
        // Regular expressions run on the ICU that Foundation ships (the toolchain's _FoundationICU, the
        // engine NSRegularExpression uses), called directly for its per-match step limit.
        .target(name: "JSONSchema", dependencies: ["JSON", "Messages"], linkerSettings: [.linkedLibrary("_FoundationICU")]),
        .target(name: "Strategy", dependencies: ["JSON", "JSONSchema", "Git", "Messages"]),
        // The strategy's public website: typed view models rendered through templates, SVG, open data.
        .target(
            name: "Site",
            dependencies: [
                "Strategy", "Git", "JSON", "Messages", .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .executableTarget(
            name: "tryg",
            dependencies: [
                "Strategy", "Site", "Git", "JSON", "JSONSchema", "Messages",
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
        .testTarget(name: "MessagesTests", dependencies: ["Messages"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "JSON"]),
        .testTarget(name: "GitTests", dependencies: ["Git"]),
        .testTarget(name: "StrategyTests", dependencies: ["Strategy", "Git", "JSON", "JSONSchema", "Messages", "TestSupport"]),
        .testTarget(
            name: "SiteTests", dependencies: ["Site", "Strategy", "Git", "JSON", "Messages", "TestSupport", "tryg"],
            exclude: ["Golden"]),
        // End-to-end tests of the built `tryg` binary; depending on it makes `swift test` build it.
        .testTarget(name: "TrygTests", dependencies: ["tryg", "TestSupport"], exclude: ["Golden"]),
    ]
)
