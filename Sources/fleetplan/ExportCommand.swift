import ArgumentParser
import FleetEngine
import FleetExport
import FleetModel
import FleetStore
import Foundation

/// `fleetplan export FILE --output DIR`: writes the design bundle.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the design bundle: report, decision record, matrix, topology, cluster configuration, GitOps tree.",
        discussion: """
            The bundle is built in memory, written to a temporary directory beside DIR and moved into place, \
            so DIR holds the old bundle or the new one, never a mix. DIR may be new, empty, or a previous bundle \
            (its .fleetplan-manifest lists every file in it); anything else there (other files, the input \
            project, a device, a FIFO, a socket) is refused. --force also replaces a previous bundle whose files \
            were edited, and regular files at DIR or the zip path. A design with error-level findings is still \
            exported for review (README.md opens with a warning) and the command exits 1. \
            Exits 65 for an invalid project file, 66 for a missing one, 73 when DIR or the zip cannot be written. \
            Every file is described in docs/export-bundle.md.
            """
    )

    @OptionGroup var input: ProjectInput

    @Option(name: .shortAndLong, help: "The bundle directory to write.")
    var output: String

    @Option(help: "Also write the bundle as a deterministic zip archive to this file.")
    var zip: String?

    @Flag(help: "Also replace a previous bundle with edited files, or an existing regular file at DIR or --zip.")
    var force = false

    func validate() throws {
        if output.isEmpty { throw ValidationError("--output needs a directory") }
        if let zip, zip.isEmpty { throw ValidationError("--zip needs a file name") }
    }

    func run() throws {
        let loaded = try input.load()
        let catalog: Catalog
        do {
            catalog = try Catalog.bundled()
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        let rule = OutputRule(inputs: [input.file])
        let writer = BundleWriter(force: force, rule: rule)
        // Both outputs are checked before either is written.
        do {
            _ = try writer.target(for: output)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        if let zip {
            do {
                _ = try rule.fileTarget(zip, replacing: force)
            } catch {
                Output.error(error.description)
                throw ExitCode(error.exitCode)
            }
        }
        let bundle = BundleBuilder(catalog: catalog)
            .build(project: loaded.project, projectFile: ProjectWriter().text(for: loaded.project))
        do {
            try writer.write(bundle, to: output)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        if let zip {
            let name = output.split(separator: "/").last.map(String.init) ?? ""
            let root = name.isEmpty || name == "." || name == ".." ? "bundle" : name
            do {
                try AtomicFile.write(ZipArchive.archive(bundle, root: BundlePath.component(root)), to: zip,
                                     rule: rule, replacing: force)
            } catch {
                Output.error("\(zip): cannot write the zip archive: \(error.description)")
                throw ExitCode(73)
            }
        }
        let errors = Lint.findings(for: loaded.project).filter { $0.severity == .error }.count
        print(("Wrote \(bundle.files.count) files to \(output)" + (zip.map { " and \($0)" } ?? "") + ".").singleLineSafe)
        if errors > 0 {
            Output.error("The design has \(errors) error-level finding\(errors == 1 ? "" : "s"); the bundle is for review only. See fleetplan check \(input.file).")
            throw ExitCode(1)
        }
    }
}
