// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Fleetplan",
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Domain types and their validation. No I/O.
        .target(name: "FleetModel"),
        .testTarget(name: "FleetModelTests", dependencies: ["FleetModel"]),

        // Pure planning: tuning, capacity, lint, scoring, topology, roadmap.
        .target(name: "FleetEngine", dependencies: ["FleetModel"]),
        .testTarget(name: "FleetEngineTests", dependencies: ["FleetEngine", "FleetModel"]),

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
        .testTarget(name: "FleetTUITests", dependencies: ["FleetTUI", "FleetModel", "TerminalCore"]),
    ],
    swiftLanguageModes: [.v6]
)
