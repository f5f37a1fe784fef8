/// What an export would write, built off the key loop by the runtime and shown in the
/// export dialog before anything is written.
public struct ExportPreview: Sendable, Equatable {
    /// The output directory as typed.
    public var directory: String
    /// Every file of the bundle, relative to the directory, in bundle order.
    public var paths: [String]
    /// True when the directory exists, is not empty and is not a previous bundle: writing
    /// replaces whatever is there, so it needs the explicit force key.
    public var foreign: Bool
    /// True when the directory holds a previous bundle, which the export replaces.
    public var replacesBundle: Bool

    public init(directory: String, paths: [String], foreign: Bool, replacesBundle: Bool) {
        self.directory = directory
        self.paths = paths
        self.foreign = foreign
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
