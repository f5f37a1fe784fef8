import ArgumentParser
import FleetEngine
import FleetModel
import FleetStore

/// `fleetplan topology FILE`: draws the multi-cluster topology, or drafts one.
struct TopologyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topology",
        abstract: "Draw the multi-cluster topology, or draft one from the requirements.",
        discussion: """
            Formats: text (a diagram for the terminal, then the topology findings), mermaid and dot \
            (diagrams for documents; findings go to stderr) and json (clusters, networks, links and findings). \
            --draft prints a topology drafted from the requirements as the spec.topology part of a project file; \
            --draft --changes lists what merging that draft into the file's topology would add. \
            Exits 1 when the topology has error-level findings (not with --draft), 65 for an invalid file, 66 for a missing one.
            """
    )

    @OptionGroup var input: ProjectInput

    @Option(help: "text, mermaid, dot or json.")
    var format: TopologyFormat = .text

    @Option(help: "Columns for the text diagram (drawn at least \(TopologyDiagram.minimumWidth) wide).")
    var width: Int = 100

    @Flag(help: "Draw the text diagram with ASCII characters only.")
    var ascii = false

    @Flag(help: "Print a topology drafted from the requirements, as project-file YAML.")
    var draft = false

    @Flag(help: "With --draft: list the changes that would bring the draft into the file's topology.")
    var changes = false

    func validate() throws {
        if width < 1 { throw ValidationError("--width must be a positive number of columns, not \(width)") }
        if changes, !draft { throw ValidationError("--changes only applies with --draft") }
        if draft, format != .text { throw ValidationError("--draft prints YAML; it cannot be combined with --format \(format.rawValue)") }
    }

    func run() throws {
        let loaded = try input.load()
        let project = loaded.project
        if draft {
            let proposal = TopologyDraft.propose(for: project)
            if changes {
                print(Self.changeList(TopologyMerge.changes(from: project.topology, to: proposal)), terminator: "")
            } else {
                print(ProjectWriter().text(forTopology: proposal), terminator: "")
            }
            return
        }
        let findings = Lint.findings(for: project).filter(TopologyJSON.isTopologyFinding)
        let located = loaded.sourceMap.locate(findings, in: input.file)
        switch format {
        case .text:
            let lines = TopologyDiagram(width: width, ascii: ascii).lines(for: project)
            print(lines.joined(separator: "\n"))
            print("")
            print(FindingReport.text(located, file: input.file), terminator: "")
        case .mermaid:
            print(TopologyMermaid.render(project), terminator: "")
            if !located.isEmpty { Output.error(FindingReport.text(located, file: input.file)) }
        case .dot:
            print(TopologyDOT.render(project), terminator: "")
            if !located.isEmpty { Output.error(FindingReport.text(located, file: input.file)) }
        case .json:
            print(TopologyJSON.render(project, findings: findings), terminator: "")
        }
        if findings.hasErrors { throw ExitCode(1) }
    }

    /// One proposed change per line, or a sentence saying there is none.
    static func changeList(_ changes: [TopologyChange]) -> String {
        if changes.isEmpty { return "No changes: the topology already has everything the draft proposes.\n" }
        return changes.map { "+ \($0.summary)\n" }.joined()
    }
}

/// The output formats of `fleetplan topology`.
enum TopologyFormat: String, ExpressibleByArgument, CaseIterable {
    case text, mermaid, dot, json
}
