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
        .target(
            name: "FleetEngine", dependencies: ["FleetModel"],
            resources: [.copy("Matrix/Resources/catalog.json")]
        ),
        .testTarget(
            name: "FleetEngineTests", dependencies: ["FleetEngine", "FleetModel"],
            exclude: ["Matrix/Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
