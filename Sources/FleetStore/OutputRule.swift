#if canImport(Glibc)
import Glibc
#endif

/// The one rule every output follows: the bundle directory, the zip archive, `new`, saves and
/// `:w FILE` in the workbench, and recovery copies.
///
/// An output never replaces
/// - the program's own input (compared by device and inode, so `./p.fleet.yaml`, a symbolic
///   link or a hard link to it count too), nor a directory holding it;
/// - a device, a FIFO or a socket;
/// - a directory, unless it is empty or a bundle Fleetplan wrote that holds nothing its
///   ``BundleManifest`` does not list.
///
/// An existing regular file is replaced only when the caller says the user asked for it
/// (`--force`, or saving the file that is open), and never when it is read-only. A symbolic
/// link is written through: its target is checked and replaced, the link stays. A refusal
/// is ``StoreError/refused(file:reason:)``; what `--force` would allow is
/// ``StoreError/needsForce(file:reason:)``; both exit 73.
///
/// ```swift
/// let rule = OutputRule(inputs: ["p.fleet.yaml"])
/// try rule.fileTarget("p.fleet.yaml", replacing: true)   // refused: the input project
/// try rule.fileTarget("/dev/null", replacing: true)      // refused: a device
/// try rule.fileTarget("p.zip", replacing: false)         // "p.zip", or needsForce when it exists
/// ```
public struct OutputRule: Sendable {
    /// The files the program read, which no output may replace.
    public var inputs: Set<FileIdentity>
    /// Their paths as given, to name them in a refusal.
    var inputNames: [FileIdentity: String]

    /// A rule protecting `inputs` (paths that do not exist are ignored).
    public init(inputs: [String] = []) {
        var names: [FileIdentity: String] = [:]
        for path in inputs {
            if let identity = FileIdentity.of(path), names[identity] == nil { names[identity] = path }
        }
        self.inputs = Set(names.keys)
        self.inputNames = names
    }

    /// Checks that a file may be written at `path` and returns the path to write: `path`
    /// itself, or the target of the symbolic link it is.
    ///
    /// - Parameter replacing: an existing regular file may be replaced (the user named it
    ///   with `--force`, or it is the project being saved).
    /// - Throws: ``StoreError/refused(file:reason:)`` or ``StoreError/needsForce(file:reason:)``.
    public func fileTarget(_ path: String, replacing: Bool) throws(StoreError) -> String {
        guard let found = try FileKind.inspect(path) else { return path }
        switch found.kind {
        case .regular:
            if let input = inputNames[found.identity] { throw .refused(file: path, reason: Self.inputReason(input)) }
            if found.mode & 0o222 == 0 {
                throw .refused(file: path, reason: "the file is read-only; make it writable first (chmod u+w) or choose another name")
            }
            if !replacing { throw .needsForce(file: path, reason: "already exists") }
            if found.linkCount > 1 {
                // An atomic save replaces one name; the other hard links would keep the old bytes.
                throw .refused(file: path, reason: "it has \(found.linkCount) hard links; replacing it would leave the other "
                               + "names with the old content; save under another name, or remove the other links first")
            }
            return found.resolved
        case .directory:
            throw .refused(file: path, reason: "it is a directory")
        default:
            throw .refused(file: path, reason: found.kind.refusal)
        }
    }

    static func inputReason(_ input: String) -> String {
        "it is the input project \(input); choose another name"
    }
}
