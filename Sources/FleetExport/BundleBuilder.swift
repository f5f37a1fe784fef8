import FleetEngine
import FleetModel
import FleetStore

/// Builds a project's whole design bundle in memory: the report, the decision record, the
/// matrix, the topology, per-cluster Kubernetes and Istio documents, the GitOps tree and,
/// when the matrix recommends another platform, that platform's starter.
///
/// Pure and deterministic: the same project, project text and catalog always give the same
/// bytes (no time, no host, ordered keys), so bundles diff cleanly. Every file name made from
/// a cluster, profile or region name goes through `BundlePath.component`. A project with
/// error-level findings still builds (the report opens with a warning); writing is the
/// caller's, through `BundleWriter`.
///
/// ```swift
/// let bundle = BundleBuilder(catalog: try Catalog.bundled())
///     .build(project: project, projectFile: ProjectWriter().text(for: project))
/// try BundleWriter().write(bundle, to: "out/payments")
/// ```
public struct BundleBuilder: Sendable {
    /// The platform catalog the matrix is scored against.
    public var catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The sealed bundle (with `SHA256SUMS`).
    ///
    /// - Parameter projectFile: the project as saved (`ProjectWriter().text(for:)`), written
    ///   as `project.fleet.yaml`, the bundle's source of truth.
    /// - Complexity: O(*c* + *p*) documents for *c* clusters and *p* profiles, plus the engines' costs.
    public func build(project: Project, projectFile: String) -> DesignBundle {
        let context = BundleContext(project: project, catalog: catalog)
        var bundle = DesignBundle()
        bundle.add(BundleLayout.projectFile, projectFile)
        bundle.add(BundleLayout.plan, context.planDocument)
        if context.isKubernetes, let costs = context.costs { bundle.add(BundleLayout.cost, DesignReport.costCSV(costs)) }
        bundle.add(BundleLayout.scores, context.score.csv())
        bundle.add(BundleLayout.sensitivity, context.score.sensitivityCSV())
        bundle.add(BundleLayout.comparison, context.score.comparisonMarkdown())
        bundle.add(BundleLayout.decisionRecord, DecisionRecord(context: context).markdown())
        bundle.add(BundleLayout.topologyText, context.diagram.joined(separator: "\n") + "\n")
        bundle.add(BundleLayout.topologyMermaid, Self.endingInNewline(TopologyMermaid.render(project)))
        bundle.add(BundleLayout.topologyDot, Self.endingInNewline(TopologyDOT.render(project)))
        if context.isKubernetes {
            // Kubernetes: every cluster in its provider's form, the mesh and its runbook.
            for cluster in context.clusters {
                for (path, text) in ClusterFiles(cluster: cluster, context: context).files {
                    bundle.add(path, text)
                }
            }
            for (path, text) in ManagementFiles.make(context: context)?.files ?? [] {
                bundle.add(path, text)
            }
            if let install = context.meshInstall {
                let paths = Set(bundle.paths)
                for (path, text) in MeshRunbook(install: install, project: project, paths: paths).files {
                    bundle.add(path, text)
                }
            }
        } else {
            // Another platform wins: its own files, and no Kubernetes configuration at all.
            let directory = BundleLayout.platformDirectory(context.platform.rawValue)
            for file in PlatformStarter.files(for: context.platform, project: project) {
                bundle.add("\(directory)/\(file.path)", file.text)
            }
        }
        let paths = (bundle.paths + [BundleLayout.report, DesignBundle.checksumFile])
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        bundle.add(BundleLayout.report, DesignReport(context: context, paths: paths).markdown())
        return bundle.sealed()
    }

    static func endingInNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}
