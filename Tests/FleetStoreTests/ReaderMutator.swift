import Foundation

/// Deterministic mutations of project files for the reader's fuzz harness: byte flips,
/// YAML punctuation and hostile bytes inserted, ranges deleted or repeated, numbers swapped
/// for huge ones, splices of two seeds, truncations. The same seed gives the same inputs.
struct ReaderMutator {
    /// SplitMix64: small, fast, and the same on every platform.
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    /// Byte sequences the reader has to get right.
    static let fragments: [[UInt8]] = [
        Array(":".utf8), Array("- ".utf8), Array("{".utf8), Array("[".utf8), Array("}".utf8), Array("]".utf8),
        Array("&a ".utf8), Array("*a".utf8), Array("!!str ".utf8), Array("!!binary ".utf8), Array("!x ".utf8),
        Array("\"".utf8), Array("'".utf8), Array("\\x1B".utf8), Array("\\0".utf8), Array("\\u009B".utf8), Array("\n".utf8),
        Array("\n  ".utf8), Array("#".utf8), Array("\t".utf8), [0x00], [0x1B], [0xC2, 0x9B], [0xFF], [0xEF, 0xBB, 0xBF],
        Array("9223372036854775807".utf8), Array("-9223372036854775808".utf8), Array("8E".utf8), Array("100Ei".utf8),
        Array("1e18".utf8), Array("9223372036854775807m".utf8), Array("1n".utf8), Array("~".utf8), Array("null".utf8),
        Array("<<: *a".utf8), Array("---\n".utf8), Array("...".utf8), Array("%YAML 1.1\n".utf8),
    ]

    /// One mutation of `input`; `other` is a second seed to splice with.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(3) {
            let at = below(bytes.count + 1)
            switch below(8) {
            case 0 where !bytes.isEmpty:
                bytes[min(at, bytes.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            case 1:
                bytes.insert(contentsOf: Self.fragments[below(Self.fragments.count)], at: at)
            case 2 where !bytes.isEmpty:
                bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(64)))
            case 3 where at < bytes.count:
                let end = min(bytes.count, at + 1 + below(128))
                bytes.insert(contentsOf: Array(bytes[at..<end]), at: end)
            case 4:
                if let digit = bytes.indices.dropFirst(at).first(where: { (0x30...0x39).contains(bytes[$0]) }) {
                    bytes.insert(contentsOf: Array("99999999999999999999".utf8), at: digit)
                }
            case 5 where !other.isEmpty:
                let from = below(other.count)
                bytes = Array(bytes[..<at]) + Array(other[from...])
            case 6:
                bytes = Array(bytes[..<at])
            default:
                bytes.insert(UInt8(truncatingIfNeeded: next()), at: at)
            }
        }
        return bytes
    }
}
