import Foundation
import FleetModel
import Yams

/// Reads project files: bytes in, a `Project` and every problem with its line and column out.
///
/// The reader never stops at the first problem and never trusts its input: size, encoding,
/// YAML syntax, aliases, types, unknown keys and required fields are all checked, then the
/// model's own `validate()` adds ranges, names and references. It does no I/O; see
/// `ProjectFile` for reading from disk.
public struct ProjectReader: Sendable {
    /// The largest project file accepted; real projects are a few kilobytes.
    public static let maxBytes = 4 * 1024 * 1024

    /// Format versions this build can upgrade from, oldest first.
    public var migrations: [Migration]

    public init(migrations: [Migration] = Migration.all) {
        self.migrations = migrations
    }

    /// The result of a read: the project when it is valid, and every finding either way.
    public struct Result: Sendable {
        /// The project, or `nil` when any error-level finding was reported.
        public var project: Project?
        /// Problems in file order, each with its line and column.
        public var findings: [LocatedFinding]
        public var sourceMap: SourceMap
        /// The format version the file was written in, when it was recognised.
        public var sourceVersion: String?
    }

    /// Reads a project from the bytes of `file` (the name is used in messages only).
    ///
    /// - Parameter size: the file's size on disk when `data` is only its beginning, for the
    ///   too-large message.
    public func read(_ data: Data, file: String, size: Int? = nil) -> Result {
        let context = DecodeContext(file: file)
        guard let text = Self.text(of: data, size: size, context: context) else {
            return Result(project: nil, findings: context.findings, sourceMap: context.sourceMap, sourceVersion: nil)
        }
        if let aliasKey = YAMLAliasKeyScan.firstAliasKey(in: text) {
            context.report(.error, "FP001", at: FieldPath(), aliasKey,
                           "an alias is used in a mapping key; YAML anchors and aliases are not supported in project files",
                           hint: "write the key out in full")
            return Result(project: nil, findings: context.findings, sourceMap: context.sourceMap, sourceVersion: nil)
        }
        let root: Node?
        do {
            let parser = try Parser(yaml: text)
            root = try parser.singleRoot()
            // Before anything resolves the tags; the parser holds the anchors the tree refers to weakly.
            if let root { withExtendedLifetime(parser) { YAMLMarkupCheck.check(root, context: context) } }
        } catch {
            context.report(.error, "FP001", at: FieldPath(), Self.location(of: error, in: text), "YAML syntax error: \(Self.problem(of: error))")
            return Result(project: nil, findings: context.findings, sourceMap: context.sourceMap, sourceVersion: nil)
        }
        guard let root, context.admit(root, at: FieldPath()) else {
            if root == nil {
                context.report(.error, "FP004", at: FieldPath(), .start, "the file is empty; expected a Fleetplan project",
                               hint: "start one with: fleetplan new FILE")
            }
            return Result(project: nil, findings: context.findings, sourceMap: context.sourceMap, sourceVersion: nil)
        }
        let (upgraded, version) = upgrade(root, context: context)
        guard let upgraded else {
            return Result(project: nil, findings: context.findings, sourceMap: context.sourceMap, sourceVersion: version)
        }
        let project = ProjectDecoding.project(from: NodeReader(node: upgraded, path: FieldPath(), context: context))
        var findings = context.findings
        let decodePaths = findings.map(\.finding.path)
        // Structural validation of what could be read, skipping fields that already failed to decode.
        let structural = project.validate().filter { finding in
            !decodePaths.contains { $0.isPrefix(of: finding.path) || finding.path.isPrefix(of: $0) }
        }
        findings += context.sourceMap.locate(structural, in: file)
        findings.sort { $0.location < $1.location }
        let valid = !findings.contains { $0.finding.severity == .error }
        return Result(project: valid ? project : nil, findings: findings, sourceMap: context.sourceMap, sourceVersion: version)
    }

    /// Checks `apiVersion` and `kind`, and runs migrations from an older format version.
    private func upgrade(_ root: Node, context: DecodeContext) -> (Node?, String?) {
        guard case .mapping(let mapping) = root else {
            NodeReader(node: root, path: FieldPath(), context: context).typeError(expected: "a mapping with apiVersion, kind, metadata and spec")
            return (nil, nil)
        }
        let rootLocation = DecodeContext.location(of: root)
        let apiVersion = mapping["apiVersion"]?.string
        let kind = mapping["kind"]?.string
        guard let apiVersion else {
            context.report(.error, "FP006", at: "apiVersion", rootLocation, "missing apiVersion; expected \(Project.apiVersion)",
                           hint: "a Fleetplan project starts with: apiVersion: \(Project.apiVersion)")
            return (nil, nil)
        }
        let versionLocation = mapping["apiVersion"].map(DecodeContext.location(of:)) ?? rootLocation
        if kind != Project.kind {
            let kindLocation = mapping["kind"].map(DecodeContext.location(of:)) ?? rootLocation
            context.report(.error, "FP006", at: "kind", kindLocation,
                           kind.map { "kind \"\($0)\" is not a Fleetplan project" } ?? "missing kind; expected \(Project.kind)",
                           hint: "expected: kind: \(Project.kind)")
            return (nil, apiVersion)
        }
        if apiVersion == Project.apiVersion { return (root, apiVersion) }
        if let start = migrations.firstIndex(where: { $0.from == apiVersion }) {
            var node = root
            for migration in migrations[start...] { node = migration.upgrade(node) }
            return (node, apiVersion)
        }
        if let number = Self.formatNumber(apiVersion), let current = Self.formatNumber(Project.apiVersion), number > current {
            context.report(.error, "FP006", at: "apiVersion", versionLocation,
                           "\(apiVersion) was written by a newer Fleetplan; this build reads up to \(Project.apiVersion)",
                           hint: "upgrade Fleetplan to open this file")
        } else {
            context.report(.error, "FP006", at: "apiVersion", versionLocation,
                           "unknown apiVersion \"\(apiVersion)\"; expected \(Project.apiVersion)")
        }
        return (nil, apiVersion)
    }

    /// `fleetplan/v2` → 2.
    static func formatNumber(_ apiVersion: String) -> Int? {
        guard apiVersion.hasPrefix("fleetplan/v") else { return nil }
        return Int(apiVersion.dropFirst("fleetplan/v".count))
    }
}

extension FieldPath {
    /// True when `self` is `other` or one of its ancestors.
    func isPrefix(of other: FieldPath) -> Bool {
        components.count <= other.components.count && Array(other.components.prefix(components.count)) == components
    }
}
