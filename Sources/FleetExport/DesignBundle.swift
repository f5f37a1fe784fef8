import FleetStore
import Foundation

/// A design bundle in memory: relative path → bytes, in a stable order.
///
/// Built completely before anything touches the disk, so writing is all or nothing and the
/// same project always yields the same bundle, byte for byte.
public struct DesignBundle: Sendable, Equatable {
    /// The name of the checksum file at the bundle's root.
    public static let checksumFile = "SHA256SUMS"

    public private(set) var files: [String: Data] = [:]

    public init() {}

    /// Adds a text file (UTF-8, LF line endings). A path that is not safe is a programming error.
    public mutating func add(_ path: String, _ text: String) {
        add(path, Data(text.utf8))
    }

    public mutating func add(_ path: String, _ data: Data) {
        precondition(BundlePath.isSafe(path), "unsafe bundle path \(path)")
        files[path] = data
    }

    /// Paths in byte order, as `sha256sum` and `ls` in the C locale list them.
    public var paths: [String] { files.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }

    /// `SHA256SUMS` in `sha256sum` format for every other file, so `sha256sum -c SHA256SUMS` passes.
    public func checksums() -> String {
        paths.filter { $0 != Self.checksumFile }.map { path in
            "\(SHA256.hex(of: [UInt8](files[path]!)))  \(path)\n"
        }.joined()
    }

    /// This bundle with its `SHA256SUMS` added.
    public func sealed() -> DesignBundle {
        var copy = self
        copy.add(Self.checksumFile, checksums())
        return copy
    }
}
