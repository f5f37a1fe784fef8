#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The `fleetplan` binary running in a private tmux server, driven like a user would.
///
/// Each session has its own socket (`tmux -L`), so tests never touch a developer's tmux
/// or each other. The binary runs under a small shell script that records its pid, and
/// after it exits prints `EXITED rc=N` and `stty -a`, so tests can check the exit status
/// and that the terminal was restored. Waiting polls `capture-pane` with a deadline
/// instead of sleeping.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "fleetplan-e2e-\(UUID().uuidString.prefix(8))"
    let directory: URL

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary from this build (next to the test bundle), or `FLEETPLAN_BIN`.
    static let binary: String = {
        if let override = ProcessInfo.processInfo.environment["FLEETPLAN_BIN"] { return override }
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            var directory = executable.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("fleetplan"))
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/fleetplan"))
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!).path
    }()

    /// Starts `fleetplan ARGUMENTS` in a `width`×`height` pane with `environment` added.
    init(_ arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
         directory: URL? = nil) throws {
        self.directory = try directory ?? Self.temporaryDirectory()
        let script = """
            #!/bin/sh
            cd '\(self.directory.path)'
            sh -c 'echo $$ > pid; exec "$0" "$@"' '\(Self.binary)' \(arguments.map { "'\($0)'" }.joined(separator: " "))
            echo "EXITED rc=$?"
            stty -a | tr '\\n' ' '
            echo
            echo STTY-DONE
            exec sleep 60

            """
        let scriptPath = self.directory.appendingPathComponent("run.sh").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        var env = ["LANG": "C.UTF-8", "TERM": "tmux-256color", "HOME": self.directory.path,
                   "XDG_CONFIG_HOME": self.directory.appendingPathComponent("config").path]
        env.merge(environment) { $1 }
        var command = ["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { command += ["-e", "\(key)=\(value)"] }
        command += ["sh \(scriptPath)"]
        // The server this starts keeps inherited descriptors open, so its output cannot be a pipe.
        let status = tmux(command, captureOutput: false).0
        guard status == 0 else { throw Failure(description: "tmux new-session failed with status \(status)") }
    }

    deinit {
        // End the pane's process first: kill-server alone leaves a server waiting on it.
        if let pane = Int32(tmux(["display-message", "-p", "-t", "app", "#{pane_pid}"]).1
            .trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pane, SIGKILL)
        }
        _ = tmux(["kill-server"])
        // A server that ended on its own can leave its socket file behind.
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
        try? FileManager.default.removeItem(at: directory)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `tmux -L SOCKET ARGUMENTS`; returns the status and standard output.
    ///
    /// Spawned with `posix_spawn` and reaped with `waitpid` directly: the server that
    /// `new-session` starts keeps inherited descriptors open, so for that command the
    /// output goes to /dev/null instead of a pipe that would never reach end of file.
    @discardableResult
    func tmux(_ arguments: [String], captureOutput: Bool = true) -> (Int32, String) {
        Self.spawn(["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + arguments, captureOutput: captureOutput)
    }

    static func spawn(_ argv: [String], captureOutput: Bool) -> (Int32, String) {
        var fds: [Int32] = [-1, -1]
        if captureOutput, pipe(&fds) != 0 { return (127, "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // A minimal environment: the test runner's own (NO_COLOR, TMUX, …) must not leak into the pane.
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = [strdup("PATH=\(path)"), strdup("LANG=C.UTF-8"), nil]
        defer { for pointer in cEnvironment { free(pointer) } }
        // Default signal handling in the child, whatever the test runner ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        if captureOutput { close(fds[1]) }
        guard spawned == 0 else {
            if captureOutput { close(fds[0]) }
            return (127, "cannot run \(argv[0])")
        }
        var output = Data()
        if captureOutput {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(fds[0], &chunk, chunk.count)
                if count <= 0 { break }
                output.append(contentsOf: chunk[0..<count])
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }

    /// The pane's text; with `escapes`, including SGR colour and attribute sequences.
    func screen(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-t", "app", "-p", "-J"] + (escapes ? ["-e"] : [])).1
    }

    /// Sends tmux key names (`Down`, `C-s`, `Escape`, `q`).
    func send(_ keys: String...) {
        tmux(["send-keys", "-t", "app"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) {
        tmux(["send-keys", "-t", "app", "-l", text])
    }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", "app", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen matches `pattern` (a regular expression); returns the screen.
    @discardableResult
    func waitFor(_ pattern: String, timeout: TimeInterval = 10, escapes: Bool = false) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            text = screen(escapes: escapes)
            if text.range(of: pattern, options: .regularExpression) != nil {
                // A capture can land between two writes of one frame: return once the screen holds still.
                var settled = text
                repeat {
                    text = settled
                    Thread.sleep(forTimeInterval: 0.05)
                    settled = screen(escapes: escapes)
                } while settled != text && Date() < deadline
                if settled.range(of: pattern, options: .regularExpression) != nil { return settled }
                continue
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "timed out waiting for /\(pattern)/; screen:\n\(text)")
    }

    /// The pid of the running `fleetplan`.
    func pid() throws -> Int32 {
        let path = directory.appendingPathComponent("pid").path
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "no pid file")
    }

    /// After the program ended: the exit status line and whether `stty -a` shows a sane terminal.
    func waitForExit() throws -> (status: String, terminalRestored: Bool, stty: String) {
        let text = try waitFor("STTY-DONE")
        let status = text.range(of: "EXITED rc=[0-9]+", options: .regularExpression).map { String(text[$0]) } ?? ""
        let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        let restored = words.contains("icanon") && words.contains("echo") && words.contains("isig")
            && !words.contains("-icanon") && !words.contains("-echo")
        return (status, restored, text)
    }
}
