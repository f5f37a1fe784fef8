import FleetModel
import Yams

/// The state of one read of a project file: problems found so far, where each field was,
/// and the guards that keep hostile input (alias bombs, huge documents) cheap.
final class DecodeContext {
    let file: String
    private(set) var findings: [LocatedFinding] = []
    private(set) var sourceMap = SourceMap()
    /// Nodes already visited, by position: a second visit means an alias.
    private var visited: Set<SourceLocation> = []
    private var nodeBudget: Int

    /// The most nodes a project may have; real projects use a few thousand.
    static let maxNodes = 500_000

    init(file: String, maxNodes: Int = DecodeContext.maxNodes) {
        self.file = file
        self.nodeBudget = maxNodes
    }

    func report(_ severity: Finding.Severity = .error, _ code: String, at path: FieldPath, _ location: SourceLocation,
                _ message: String, hint: String = "") {
        findings.append(LocatedFinding(Finding(severity, code, at: path, message, hint: hint), file: file, location: location))
    }

    func record(_ path: FieldPath, _ node: Node) {
        sourceMap.record(path, at: Self.location(of: node))
    }

    /// Whether the reader may descend into `node`; reports aliases and oversized documents once.
    func admit(_ node: Node, at path: FieldPath) -> Bool {
        let location = Self.location(of: node)
        if case .scalar = node {} else {
            if !visited.insert(location).inserted {
                report(.error, "FP001", at: path, location,
                       "this value is an alias of the anchor at line \(location.line), column \(location.column); "
                           + "YAML anchors and aliases are not supported in project files",
                       hint: "write the value out in full; a save would expand it anyway")
                return false
            }
        }
        nodeBudget -= 1
        if nodeBudget == 0 {
            report(.error, "FP007", at: path, location, "the document has more than \(Self.maxNodes) YAML nodes")
        }
        return nodeBudget > 0
    }

    static func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }
}
