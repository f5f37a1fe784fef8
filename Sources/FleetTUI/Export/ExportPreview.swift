/// What an export would write, built off the key loop by the runtime and shown in the
/// export dialog before anything is written.
public struct ExportPreview: Sendable, Equatable {
    /// The output directory as typed.
    public var directory: String
    /// Every file of the bundle, relative to the directory, in bundle order.
    public var paths: [String]
    /// Why the export can never go there (the open project file, a device, a directory
    /// holding files the previous bundle did not write…); `nil` when it can.
    public var refusal: String?
    /// What only the explicit force key replaces (a regular file, a previous bundle whose
    /// files were edited); `nil` when nothing needs it.
    public var forceReason: String?
    /// True when the directory holds a previous bundle, which the export replaces.
    public var replacesBundle: Bool

    public init(directory: String, paths: [String], refusal: String? = nil, forceReason: String? = nil,
                replacesBundle: Bool = false) {
        self.directory = directory
        self.paths = paths
        self.refusal = refusal
        self.forceReason = forceReason
        self.replacesBundle = replacesBundle
    }

    /// The files as an indented tree: a directory line (`manifests/`) before its files.
    ///
    /// - Complexity: O(*n*·*d*) for *n* paths of depth *d*.
    public var treeLines: [String] {
        var lines: [String] = []
        var open: [Substring] = []
        for path in paths {
            let parts = path.split(separator: "/")
            let folders = Array(parts.dropLast())
            var common = 0
            while common < min(open.count, folders.count), open[common] == folders[common] { common += 1 }
            for depth in common..<folders.count {
                lines.append(String(repeating: "  ", count: depth) + folders[depth] + "/")
            }
            open = folders
            lines.append(String(repeating: "  ", count: folders.count) + (parts.last.map(String.init) ?? path))
        }
        return lines
    }
}
