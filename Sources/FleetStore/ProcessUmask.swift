#if canImport(Glibc)
import Glibc
#endif

/// The process's file mode creation mask, read without changing it.
///
/// `umask(2)` can only be read by setting it, which races with other threads creating
/// files; Linux reports it in `/proc/self/status` instead. Where that line is missing the
/// mask is read the old way.
public enum ProcessUmask {
    /// The current umask, e.g. `0o022`.
    public static func current() -> mode_t {
        if let value = fromProcStatus() { return value }
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// `mode` less the umask: what `open(2)` or `mkdir(2)` with `mode` would give.
    public static func applied(to mode: mode_t) -> mode_t { mode & ~current() & 0o7777 }

    private static func fromProcStatus() -> mode_t? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix("Umask:") else { continue }
            let digits = text.dropFirst("Umask:".count).trimmingWhitespace()
            return mode_t(digits, radix: 8)
        }
        return nil
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
    }
}
