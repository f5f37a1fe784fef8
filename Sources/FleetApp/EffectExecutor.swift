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

    /// True for effects that touch the disk or build the bundle: they run off the key loop.
    static func isSlow(_ effect: Effect) -> Bool {
        switch effect {
        case .quit: false
        default: true
        }
    }

    func run(_ effect: Effect) -> Msg? {
        switch effect {
        case .save(let project, let path, let expecting):
            if let expecting, storage.stamp(path) != expecting {
                return .saveConflicted(path: path)
            }
            do {
                try storage.save(project, to: path)
                return .saveFinished(path: path, error: nil, stamp: storage.stamp(path))
            } catch {
                return .saveFinished(path: path, error: error.description)
            }
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
        case .prepareExport(let project, let directory):
            switch bundle(for: project) {
            case .failure(let failure):
                return .exportFinished(directory: directory, files: 0, error: failure.description)
            case .success(let bundle):
                let state = Self.directoryState(directory)
                return .exportPrepared(ExportPreview(directory: directory, paths: bundle.paths,
                                                     foreign: state == .foreign, replacesBundle: state == .bundle))
            }
        case .writeExport(let project, let directory, let force):
            switch bundle(for: project) {
            case .failure(let failure):
                return .exportFinished(directory: directory, files: 0, error: failure.description)
            case .success(let bundle):
                do {
                    try BundleWriter(force: force).write(bundle, to: directory)
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

    private enum DirectoryState { case absent, empty, bundle, foreign }

    private static func directoryState(_ directory: String) -> DirectoryState {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return .absent }
        if isDirectory.boolValue, (try? FileManager.default.contentsOfDirectory(atPath: directory))?.isEmpty ?? false {
            return .empty
        }
        return BundleWriter.isBundle(directory) ? .bundle : .foreign
    }
}
