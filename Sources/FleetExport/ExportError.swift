/// Why a bundle could not be written.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// The output directory exists, is not empty, and is not a previous Fleetplan bundle.
    case notABundle(directory: String)
    /// A file or directory could not be created, written or moved.
    case cannotWrite(path: String, reason: String)
    /// The bundle itself holds a path that would leave the output directory.
    case unsafePath(String)

    public var description: String {
        switch self {
        case .notABundle(let directory):
            "\(directory): exists, is not empty and is not a Fleetplan bundle; choose another directory or use --force"
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
        case .unsafePath(let path): "refusing to write \"\(path)\": it would leave the output directory"
        }
    }

    /// The sysexits status: 73, an output cannot be created.
    public var exitCode: Int32 { 73 }
}
