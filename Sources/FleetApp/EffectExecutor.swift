import FleetEngine
import FleetExport
import FleetModel
import FleetStore
import FleetTUI
import Foundation

/// Runs one effect and returns the message that reports its result.
///
/// Pure of any runtime state, so the runtime can run it on another thread: everything it
/// touches is the storage, the file system and the values inside the effect.
struct EffectExecutor: Sendable {
    let storage: ProjectStorage

    /// The lane an effect runs on off the key loop; `nil` for effects run in place (quit).
    static func lane(for effect: Effect) -> EffectInbox.Lane? {
        switch effect {
        case .quit, .openEditor: nil
        case .prepareExport, .writeExport: .export
        case .save, .load, .writeRecovery, .removeRecovery, .keepRecovery: .disk
        }
    }

    func run(_ effect: Effect) -> Msg? {
        switch effect {
        case .save(let project, let path, let expecting, let canonical):
            if let expecting, storage.stamp(path) != expecting {
                return .saveConflicted(path: path)
            }
            do {
                if case .rewrite(let reason) = try storage.save(project, to: path, canonical: canonical) {
                    return .saveNeedsRewrite(path: path, reason: reason)
                }
                return .saveFinished(path: path, error: nil, stamp: storage.stamp(path))
            } catch {
                return .saveFinished(path: path, error: error.description)
            }
        case .openEditor:
            return nil   // the runtime runs it in place: it needs the terminal
        case .load(let path):
            if storage.isMissing(path) {
                let project = ProjectTemplate.minimal.project(named: ProjectName.from(path: path))
                return .loadFinished(path: path, project: ProjectBox(project), error: "new file \(path): written on the first save")
            }
            do {
                let project = try storage.load(path)
                return .loadFinished(path: path, project: ProjectBox(project), error: nil, stamp: storage.stamp(path))
            } catch {
                return .loadFinished(path: path, project: nil, error: error.description.split(separator: "\n").first.map(String.init))
            }
        case .writeRecovery(let project, let path):
            do {
                try RecoveryCopy.write(project, for: path)
                return .recoveryWritten(path: path, error: nil)
            } catch {
                return .recoveryWritten(path: path, error: error.description)
            }
        case .removeRecovery(let path):
            RecoveryCopy.remove(for: path)
            return nil
        case .keepRecovery(let path):
            do {
                return .recoveryKept(path: path, keptAs: try RecoveryCopy.keep(for: path), error: nil)
            } catch {
                return .recoveryKept(path: path, keptAs: nil, error: error.description)
            }
        case .prepareExport(let project, let directory, let projectFile):
            switch bundle(for: project) {
            case .failure(let failure):
                return .exportFinished(directory: directory, files: 0, error: failure.description)
            case .success(let bundle):
                return .exportPrepared(Self.preview(of: bundle, at: directory, projectFile: projectFile))
            }
        case .writeExport(let project, let directory, let force, let projectFile):
            switch bundle(for: project) {
            case .failure(let failure):
                return .exportFinished(directory: directory, files: 0, error: failure.description)
            case .success(let bundle):
                do {
                    try BundleWriter(force: force, rule: OutputRule(inputs: projectFile.map { [$0] } ?? []))
                        .write(bundle, to: directory)
                    return .exportFinished(directory: directory, files: bundle.files.count, error: nil)
                } catch {
                    return .exportFinished(directory: directory, files: 0, error: error.description)
                }
            }
        case .quit:
            return nil
        }
    }

    private func bundle(for project: Project) -> Result<DesignBundle, CatalogError> {
        Result { () throws(CatalogError) in try Catalog.bundled() }.map { catalog in
            BundleBuilder(catalog: catalog).build(project: project, projectFile: ProjectWriter().text(for: project))
        }
    }

    /// What the export dialog shows before writing: the files, and what the output rule says of the directory.
    private static func preview(of bundle: DesignBundle, at directory: String, projectFile: String?) -> ExportPreview {
        let writer = BundleWriter(force: false, rule: OutputRule(inputs: projectFile.map { [$0] } ?? []))
        var preview = ExportPreview(directory: directory, paths: bundle.paths)
        do {
            preview.replacesBundle = try writer.target(for: directory).existing == .previousBundle
        } catch {
            if case .needsForce = error { preview.forceReason = error.reason } else { preview.refusal = error.reason }
        }
        return preview
    }
}
