// swift-tools-version: 6.0
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
            resources: [.copy("Matrix/Resources/catalog.json")]
        ),
        .testTarget(
            name: "FleetEngineTests", dependencies: ["FleetEngine", "FleetModel"],
            // Golden files are read next to the tests (via #filePath), not bundled.
            exclude: ["Matrix/Snapshots", "Topology/Golden"]
        ),

        // The only code that reads or writes project files.
        .target(name: "FleetStore", dependencies: ["FleetModel", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "FleetStoreTests", dependencies: ["FleetStore", "FleetModel"]),

        // The design bundle, built in memory, then written.
        .target(name: "FleetExport", dependencies: [
            "FleetModel", "FleetEngine", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "FleetExportTests", dependencies: ["FleetExport", "FleetModel", "FleetStore"]),

        // The thin executable: argument parsing and exit codes.
        .executableTarget(name: "fleetplan", dependencies: [
            "FleetModel", "FleetEngine", "FleetStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "fleetplanTests", dependencies: ["FleetStore"], exclude: ["Corpus"]),
    ],
    swiftLanguageModes: [.v6]
)
