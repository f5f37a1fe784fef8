import FleetModel
import FleetStore
import Foundation

/// libFuzzer's entry point for the project reader (built by `scripts/fuzz-reader.sh`).
///
/// The property every input must keep: reading never crashes, and a project the reader
/// accepts is written and read back to the same project without findings of error level.
/// A crash, a sanitizer report or an input over the time limit (`-timeout=1`) is a failure,
/// and libFuzzer saves the input; copy it to `Tests/FleetStoreTests/FuzzCorpus/` so the
/// regression suite replays it on every test run.
@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTarget(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let result = ProjectReader().read(data, file: "fuzz.fleet.yaml")
    guard let project = result.project else { return 0 }
    let text = ProjectWriter().text(for: project)
    let again = ProjectReader().read(Data(text.utf8), file: "fuzz.fleet.yaml")
    if again.project != project {
        fatalError("an accepted project does not read back the same after a save:\n\(text)")
    }
    return 0
}

/// libFuzzer's driver, declared here because it has no Swift module.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`; it hands over to libFuzzer.
@_cdecl("fleetplan_fuzz_reader_main")
public func fuzzReaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in readerFuzzTarget(data, size) }
}
