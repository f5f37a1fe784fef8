#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The `fleetplan` binary running in a private tmux server, driven like a user would.
///
/// Each session has its own socket (`tmux -L`), so tests never touch a developer's tmux
/// or each other. The binary runs under a small shell script that records its pid, and
/// after it exits prints `EXITED rc=N` and `stty -a`, so tests can check the exit status
/// and that the terminal was restored.
///
/// Waiting never relies on time: the workbench reports when it is idle (every key handled,
/// every background effect and derived computation landed) through `FLEETPLAN_IDLE_FILE`,
/// with the text of its last frame. ``waitFor(_:timeout:escapes:)`` returns only a screen
/// that matches the pattern, captured while the program is idle and showing that very
/// frame, so an assertion never sees a screen from before asynchronous work landed. The
/// deadline only bounds a failure.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "fleetplan-e2e-\(UUID().uuidString.prefix(8))"
    let directory: URL
    /// Where the workbench reports busy and idle (see `IdleReport` in FleetApp).
    let idleFile: String

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

    /// Starts `fleetplan ARGUMENTS` in a `width`×`height` pane with `environment` added;
    /// `launcher` (e.g. `["env", "-u", "TERM"]`) runs the binary, for what tmux sets itself.
    init(_ arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
         directory: URL? = nil, launcher: [String] = []) throws {
        self.directory = try directory ?? Self.temporaryDirectory()
        idleFile = self.directory.appendingPathComponent(".idle-\(socket)").path
        let script = """
            #!/bin/sh
            cd '\(self.directory.path)'
            rm -f pid
            sh -c 'echo $$ > pid; exec \(launcher.joined(separator: " ")) "$0" "$@"' '\(Self.binary)' \(arguments.map { "'\($0)'" }.joined(separator: " "))
            echo "EXITED rc=$?"
            stty -a | tr '\\n' ' '
            echo
            echo STTY-DONE
            exec sleep 60

            """
        let scriptPath = self.directory.appendingPathComponent("run.sh").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        var env = ["LANG": "C.UTF-8", "TERM": "tmux-256color", "HOME": self.directory.path,
                   "XDG_CONFIG_HOME": self.directory.appendingPathComponent("config").path,
                   "FLEETPLAN_IDLE_FILE": idleFile]
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
    ///
    /// While the workbench runs, the screen must also be its final one: the program
    /// reports idle and the pane shows the frame it reported. Once the program has ended
    /// (or before it started), the pane alone decides.
    @discardableResult
    func waitFor(_ pattern: String, timeout: TimeInterval = 60, escapes: Bool = false) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        var state = "not reported"
        while true {
            let report = idleReport()
            text = screen(escapes: escapes)
            let matches = pattern.isEmpty || text.range(of: pattern, options: .regularExpression) != nil
            if matches {
                if !programRunning() { return text }
                if let report {
                    if report.idle, Self.sameContent(report.frame, text) { return text }
                    state = report.idle ? "idle, pane not caught up" : "busy"
                }
            }
            if Date() >= deadline { break }
            poll()
        }
        throw Failure(description: "timed out waiting for /\(pattern)/ (workbench \(state)); screen:\n\(text)")
    }

    /// Waits until the workbench is idle and the pane shows its last frame; returns the screen.
    @discardableResult
    func waitForIdle(timeout: TimeInterval = 60) throws -> String {
        try waitFor("", timeout: timeout)
    }

    /// The workbench's last busy/idle report.
    func idleReport() -> (idle: Bool, frame: String)? {
        guard let text = try? String(contentsOfFile: idleFile, encoding: .utf8) else { return nil }
        let head = text.prefix { $0 != "\n" }
        guard head.hasPrefix("idle ") else { return (false, "") }
        return (true, String(text.dropFirst(head.count + 1)))
    }

    /// True while the `fleetplan` process started by this session is alive.
    func programRunning() -> Bool {
        let path = directory.appendingPathComponent("pid").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return false }
        return kill(pid, 0) == 0
    }

    /// Whether the reported frame and the captured pane hold the same letters and digits
    /// in the same order: line drawing and glyph fallbacks may differ between the cell
    /// buffer and what tmux keeps, the words may not.
    static func sameContent(_ frame: String, _ pane: String) -> Bool {
        func words(_ text: String) -> [Unicode.Scalar] {
            text.unicodeScalars.filter { ($0.value >= 48 && $0.value <= 57) || ($0.value >= 65 && $0.value <= 90)
                || ($0.value >= 97 && $0.value <= 122) }
        }
        return words(frame) == words(pane)
    }

    /// One polling interval: lets the program and tmux run between two looks at the pane.
    private func poll() {
        var interval = timespec(tv_sec: 0, tv_nsec: 20_000_000)
        nanosleep(&interval, nil)
    }

    /// The pid of the running `fleetplan`.
    func pid() throws -> Int32 {
        let path = directory.appendingPathComponent("pid").path
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            poll()
        }
        throw Failure(description: "no pid file")
    }

    /// Waits until `path` exists (a file the workbench writes on its own, like the recovery copy).
    func waitForFile(_ path: String, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !FileManager.default.fileExists(atPath: path) {
            if Date() >= deadline { return false }
            poll()
        }
        return true
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
