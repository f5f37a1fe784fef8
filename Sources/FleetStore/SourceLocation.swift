import FleetModel

/// A line and column in a project file, both counted from 1 (columns in Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file: where whole-file problems are reported.
    public static let start = SourceLocation(line: 1, column: 1)

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}

/// Where each field of a loaded project was read, so that findings can name a line.
///
/// A finding's path may name a field the file does not spell out (a default): the map then
/// answers with the nearest enclosing field that the file does contain.
public struct SourceMap: Sendable, Equatable {
    private var locations: [FieldPath: SourceLocation] = [:]

    public init() {}

    /// Records where `path` was read.
    public mutating func record(_ path: FieldPath, at location: SourceLocation) {
        locations[path] = location
    }

    /// The location of `path`, or of its nearest recorded ancestor; the file's start when none is.
    public func location(of path: FieldPath) -> SourceLocation {
        var current: FieldPath? = path
        while let candidate = current {
            if let location = locations[candidate] { return location }
            current = candidate.parent
        }
        return .start
    }

    /// True when the file spelled out `path` itself.
    public func contains(_ path: FieldPath) -> Bool { locations[path] != nil }
}

/// A finding placed in a file: what `fleetplan check` prints as `FILE:LINE:COLUMN: path: message`.
public struct LocatedFinding: Sendable, Equatable {
    public var finding: Finding
    public var file: String
    public var location: SourceLocation

    public init(_ finding: Finding, file: String, location: SourceLocation) {
        self.finding = finding
        self.file = file
        self.location = location
    }

    /// `FILE:LINE:COLUMN: path: severity: message (hint)`, the compiler-style line editors jump to.
    public var formatted: String {
        let path = finding.path.components.isEmpty ? "" : "\(finding.path): "
        let hint = finding.hint.isEmpty ? "" : " (\(finding.hint))"
        // Escaped: a file name or a quoted value may hold control characters.
        return "\(file):\(location.line):\(location.column): \(path)\(finding.severity.rawValue) \(finding.code): \(finding.message)\(hint)".singleLineSafe
    }
}

extension SourceMap {
    /// Places engine findings in the file they were read from.
    public func locate(_ findings: [Finding], in file: String) -> [LocatedFinding] {
        findings.map { LocatedFinding($0, file: file, location: location(of: $0.path)) }
    }
}
