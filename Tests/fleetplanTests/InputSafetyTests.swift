import Foundation
import Testing

/// Inputs that are not plain project files: refused at once with what happened, in the user's terms.
@Suite(.serialized) struct InputSafetyTests {
    /// `check` on a FIFO without a writer blocked forever.
    @Test(.timeLimit(.minutes(1))) func aFIFOIsRefusedWithoutBlocking() throws {
        let directory = try CLI.temporaryDirectory()
        #expect(mkfifo(directory.appendingPathComponent("p.fleet.yaml").path, 0o644) == 0)
        for command in [["check"], ["plan"], ["export", "-o", "b"]] {
            let result = try CLI.run([command[0], "p.fleet.yaml"] + command.dropFirst(), in: directory)
            #expect(result.status == 66, "\(command)")
            #expect(result.stderr.contains("p.fleet.yaml: cannot read: is a named pipe (FIFO), not a regular file"))
        }
    }

    @Test func aSymbolicLinkLoopIsNamed() throws {
        let directory = try CLI.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("a").path, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("b").path, withDestinationPath: "a")
        let result = try CLI.run(["check", "a"], in: directory)
        #expect(result.status == 66)
        #expect(result.stderr.contains("a: cannot read: too many levels of symbolic links (a symbolic link loop)"))
    }

    @Test func anUnreadableSpecialFileSaysWhatFailed() throws {
        let result = try CLI.run(["check", "/proc/self/mem"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/proc/self/mem: cannot read: read failed: Input/output error"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aDirectoryIsNotAProject() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["check", "."], in: directory)
        #expect(result.status == 66)
        #expect(result.stderr.contains(".: cannot read: is a directory"))
    }

    /// FP007 said "4194305 bytes" whatever the size, as only that much was read.
    @Test func aLargeFileIsReportedWithItsSize() throws {
        let directory = try CLI.temporaryDirectory()
        try Data(repeating: 0x61, count: 5_000_000).write(to: directory.appendingPathComponent("big.fleet.yaml"))
        let result = try CLI.run(["check", "big.fleet.yaml"], in: directory)
        #expect(result.status == 65)
        #expect(result.stdout.contains("error FP007: the file is 5000000 bytes; project files are limited to 4 MiB"))
    }

    /// A file name with an escape sequence is printed escaped, never raw to the terminal.
    @Test func controlCharactersInNamesAreEscaped() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["check", "evil\u{1B}[2J\nname.fleet.yaml"], in: directory)
        #expect(result.status == 66)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("evil\\u{1B}[2J"))
    }
}
