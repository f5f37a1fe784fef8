// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Fleetplan",
    products: [
        .executable(name: "fleetplan", targets: ["fleetplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Domain types and their validation. No I/O.
        .target(name: "FleetModel"),
        .testTarget(name: "FleetModelTests", dependencies: ["FleetModel"]),

        // Pure planning: tuning, capacity, lint, scoring, topology, roadmap.
        .target(
            name: "FleetEngine", dependencies: ["FleetModel"],
            resources: [.copy("Matrix/Resources/catalog.json"), .copy("Matrix/Resources/instances.json")]
        ),
        .testTarget(
            name: "FleetEngineTests", dependencies: ["FleetEngine", "FleetModel"],
            // Golden files are read next to the tests (via #filePath), not bundled.
            exclude: ["Matrix/Snapshots", "Topology/Golden"]
        ),

        // The only code that reads or writes project files.
        .target(name: "FleetStore", dependencies: ["FleetModel", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "FleetStoreTests", dependencies: ["FleetStore", "FleetModel"], exclude: ["FuzzCorpus", "SaveCorpus"]),

        // The design bundle, built in memory, then written under FleetStore's output rule.
        .target(name: "FleetExport", dependencies: [
            "FleetModel", "FleetEngine", "FleetStore", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(
            name: "FleetExportTests",
            dependencies: ["FleetExport", "FleetEngine", "FleetModel", "FleetStore", .product(name: "Yams", package: "Yams")],
            exclude: ["Golden", "Fixtures", "Upstream"]
        ),

        // The thin executable: argument parsing and exit codes.
        .executableTarget(name: "fleetplan", dependencies: [
            "FleetModel", "FleetEngine", "FleetStore", "FleetExport", "FleetApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "fleetplanTests", dependencies: ["FleetStore"], exclude: ["Corpus"]),

        // Terminal UI without ncurses: cells, layout, keys, widgets, themes.
        .target(name: "TerminalCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),

        // ncursesw as a Swift module, plus a C shim for its macros, globals and signal handling.
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CursesShim", dependencies: ["CNcurses"]),
        // The only code that talks to ncurses.
        .target(name: "CursesBackend", dependencies: ["CNcurses", "CursesShim", "TerminalCore"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "CNcurses", "CursesShim", "TerminalCore"]),

        // The workbench: state, messages, one reducer, panes and key bindings. No I/O.
        .target(name: "FleetTUI", dependencies: ["FleetEngine", "FleetModel", "TerminalCore"]),
        .testTarget(name: "FleetTUITests", dependencies: ["FleetTUI", "FleetModel", "TerminalCore"],
                    exclude: ["Profiles/Snapshots", "Snapshots"]),

        // The workbench runtime: runs the loop on a terminal backend, executes effects.
        .target(name: "FleetApp", dependencies: [
            "FleetTUI", "FleetModel", "FleetStore", "FleetExport", "FleetEngine", "TerminalCore", "CursesBackend",
        ]),
        .testTarget(name: "FleetAppTests", dependencies: ["FleetApp", "FleetTUI", "FleetModel", "FleetStore", "TerminalCore"]),
        // The built binary driven through tmux: launch, edit and save, resize, signals.
        .testTarget(name: "WorkbenchEndToEndTests", dependencies: ["FleetModel", "FleetStore"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target of the project reader, only when scripts/fuzz-reader.sh builds it
// (libFuzzer provides its main, so it cannot link in an ordinary build).
if ProcessInfo.processInfo.environment["FLEETPLAN_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "fleetplan-fuzz-reader", dependencies: ["FleetStore", "FleetModel"], path: "Fuzz/Reader",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
    package.products.append(.executable(name: "fleetplan-fuzz-reader", targets: ["fleetplan-fuzz-reader"]))
}
