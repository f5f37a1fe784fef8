/// The directory and last component of a path, by plain string work.
///
/// Foundation's `NSString` path methods trap on some one-character paths on Linux (`x`,
/// `y/`), so every writer splits paths here instead.
///
/// ```swift
/// FilePathParts("out/p.fleet.yaml")   // directory "out", name "p.fleet.yaml"
/// FilePathParts("x")                  // directory ".", name "x"
/// FilePathParts("y/")                 // directory ".", name "y"
/// FilePathParts("/a")                 // directory "/", name "a"
/// ```
public struct FilePathParts: Sendable, Equatable {
    /// The directory holding the last component: `.` for a bare name, `/` at the root.
    public var directory: String
    /// The last component, without trailing slashes (`/` for the root itself).
    public var name: String

    public init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            directory = "."
            name = trimmed.isEmpty ? "." : String(trimmed)
            return
        }
        if trimmed == "/" {
            directory = "/"
            name = "/"
            return
        }
        let parent = String(trimmed[..<slash])
        directory = parent.isEmpty ? "/" : parent
        name = String(trimmed[trimmed.index(after: slash)...])
    }

    /// `directory/name`, or `name` alone when the directory is `.` and the path was relative.
    public func sibling(named other: String) -> String {
        directory == "." ? other : (directory == "/" ? "/" + other : directory + "/" + other)
    }
}
