import FleetModel

/// Why a project file could not be read or written.
///
/// Every case names the file, and `invalid` carries every problem found in it (not only the
/// first), each with its line, column and field path. `exitCode` maps the error to the
/// sysexits status the command line uses.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be opened.
    case missing(file: String, reason: String)
    /// The file was read but is not a valid project.
    case invalid(file: String, findings: [LocatedFinding])
    /// An output file or directory cannot be created or replaced.
    case cannotWrite(file: String, reason: String)
    /// The output exists and may only be replaced with `--force` (`reason` says what is there).
    case needsForce(file: String, reason: String)
    /// The output must never be replaced: the program's own input, a device, a FIFO, a
    /// socket, a directory that is not a bundle Fleetplan wrote (`reason` says which).
    case refused(file: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let file, let reason): "\(file): cannot read: \(reason)"
        case .invalid(let file, let findings):
            findings.isEmpty ? "\(file): not a valid project" : findings.map(\.formatted).joined(separator: "\n")
        case .cannotWrite(let file, let reason): "\(file): cannot write: \(reason)"
        case .needsForce(let file, let reason): "\(file): \(reason) (use --force to overwrite)"
        case .refused(let file, let reason): "\(file): refusing to write: \(reason)"
        }
    }

    /// The sysexits status: 66 missing input, 65 bad data, 73 cannot create output.
    public var exitCode: Int32 {
        switch self {
        case .missing: 66
        case .invalid: 65
        case .cannotWrite, .needsForce, .refused: 73
        }
    }
}
