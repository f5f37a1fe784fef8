import FleetStore

/// Why a bundle could not be written.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// The output must never be replaced: the input project, a device, a FIFO, a socket, or a
    /// directory holding files a previous Fleetplan bundle did not write.
    case refused(path: String, reason: String)
    /// The output may only be replaced with `--force` (a regular file, or a previous bundle
    /// whose files were edited since).
    case needsForce(path: String, reason: String)
    /// A file or directory could not be created, written or moved.
    case cannotWrite(path: String, reason: String)
    /// The bundle itself holds a path that would leave the output directory.
    case unsafePath(String)

    /// The export error for an output the rule refused.
    init(_ error: StoreError) {
        switch error {
        case .refused(let file, let reason): self = .refused(path: file, reason: reason)
        case .needsForce(let file, let reason): self = .needsForce(path: file, reason: reason)
        case .cannotWrite(let file, let reason), .missing(let file, let reason): self = .cannotWrite(path: file, reason: reason)
        case .invalid(let file, _): self = .cannotWrite(path: file, reason: error.description)
        }
    }

    public var description: String {
        switch self {
        case .refused(let path, let reason): "\(path): refusing to write the bundle: \(reason)"
        case .needsForce(let path, let reason): "\(path): \(reason); use --force to replace it"
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
        case .unsafePath(let path): "refusing to write \"\(path)\": it would leave the output directory"
        }
    }

    /// The reason alone, without the path (for the workbench's dialog).
    public var reason: String {
        switch self {
        case .refused(_, let reason), .needsForce(_, let reason), .cannotWrite(_, let reason): reason
        case .unsafePath: description
        }
    }

    /// The sysexits status: 73, an output cannot be created.
    public var exitCode: Int32 { 73 }
}
