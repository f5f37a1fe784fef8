import Foundation
import FleetModel
import Yams

extension ProjectReader {
    /// The file's text, after checking its size and encoding; `nil` (with a finding) when unusable.
    static func text(of data: Data, size: Int? = nil, context: DecodeContext) -> String? {
        if data.count > maxBytes || (size ?? 0) > maxBytes {
            let actual = max(size ?? 0, data.count)
            // Only the first bytes were read: the size is the file's own when it is known.
            let measure = size != nil ? "\(actual) bytes" : "more than \(maxBytes) bytes"
            context.report(.error, "FP007", at: FieldPath(), .start,
                           "the file is \(measure); project files are limited to \(maxBytes / 1024 / 1024) MiB")
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes)
            context.report(.error, "FP007", at: FieldPath(), location(ofByte: offset, in: bytes),
                           "the file is not UTF-8 text (invalid byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))",
                           hint: "project files are YAML text in UTF-8")
            return nil
        }
        if let offset = bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            context.report(.error, "FP007", at: FieldPath(), location(ofByte: offset, in: bytes),
                           "control character 0x\(String(format: "%02X", bytes[offset])) in the file; project files are plain text")
            return nil
        }
        return text
    }

    /// The line and column (in Unicode scalars) of a byte offset.
    static func location(ofByte offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var low = 0
        var high = bytes.count
        // The longest valid prefix, found by bisection on whole-prefix validity (cut points may split a scalar).
        while high - low > 4 {
            let middle = (low + high) / 2
            if String(validating: bytes[..<middle], as: UTF8.self) != nil { low = middle } else { high = middle }
        }
        for end in stride(from: high, through: low, by: -1) where String(validating: bytes[..<end], as: UTF8.self) != nil {
            return min(end, bytes.count - 1)
        }
        return low
    }

    static func location(of error: Error, in text: String) -> SourceLocation {
        guard let yamlError = error as? YamlError else { return .start }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // At the end of the stream, the construct that was left open is the useful place.
            let place = problem.contains("end of stream") ? context?.mark ?? mark : mark
            return SourceLocation(line: max(1, place.line), column: max(1, place.column))
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(line: max(1, context.mark.line), column: max(1, context.mark.column))
        case .reader(_, let offset, _, _):
            return location(ofByte: offset ?? 0, in: Array(text.utf8))
        default:
            return .start
        }
    }

    static func problem(of error: Error) -> String {
        guard let yamlError = error as? YamlError else { return "\(error)" }
        switch yamlError {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            if let context { return "\(problem) (\(context.text))" }
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in a mapping"
        case .reader(let problem, _, _, _):
            return problem
        default:
            return "\(yamlError)"
        }
    }
}
