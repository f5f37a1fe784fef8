/// An IPv4 CIDR block such as `10.128.0.0/15`.
///
/// Parsing is strict: four decimal octets without leading zeros, a prefix of 0–32, and no
/// host bits set (`10.1.0.0/15` is refused, because the block it means is `10.0.0.0/15`).
///
/// ```swift
/// let range = IPv4Range("10.128.0.0/15")!
/// range.size                         // 131072
/// range.overlaps(IPv4Range("10.129.0.0/16")!)   // true
/// ```
public struct IPv4Range: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The first address, as a 32-bit number.
    public let base: UInt32
    /// The prefix length, 0–32.
    public let prefix: Int

    /// Why a text is not a valid block.
    public enum Problem: Sendable, Equatable {
        case syntax
        case prefix
        /// Host bits are set; the block that was probably meant.
        case hostBits(IPv4Range)
    }

    /// The block, when `base` has no host bits beyond `prefix`.
    public init?(base: UInt32, prefix: Int) {
        guard (0...32).contains(prefix), base & ~Self.mask(prefix) == 0 else { return nil }
        self.base = base
        self.prefix = prefix
    }

    /// Parses `a.b.c.d/n`; `nil` for anything else (see ``parse(_:)`` for the reason).
    public init?(_ text: String) {
        guard case .success(let range) = Self.parse(text) else { return nil }
        self = range
    }

    /// Parses `a.b.c.d/n`, or says what is wrong with it.
    public static func parse(_ text: String) -> Result<IPv4Range, ParseFailure> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let address = address(parts[0]) else { return .failure(ParseFailure(.syntax)) }
        guard let prefix = decimal(parts[1], max: 32) else { return .failure(ParseFailure(.prefix)) }
        let masked = address & mask(prefix)
        guard masked == address else { return .failure(ParseFailure(.hostBits(IPv4Range(base: masked, prefix: prefix)!))) }
        return .success(IPv4Range(base: address, prefix: prefix)!)
    }

    /// A parse problem, as an `Error` for `Result`.
    public struct ParseFailure: Error, Equatable {
        public let problem: Problem
        init(_ problem: Problem) { self.problem = problem }
    }

    /// Addresses in the block (2^(32 − prefix)).
    public var size: UInt64 { UInt64(1) << UInt64(32 - prefix) }

    /// The last address, as a 32-bit number.
    public var last: UInt32 { base | ~Self.mask(prefix) }

    /// True when the two blocks share an address.
    public func overlaps(_ other: IPv4Range) -> Bool { base <= other.last && other.base <= last }

    /// True when `other` lies inside this block.
    public func contains(_ other: IPv4Range) -> Bool { base <= other.base && other.last <= last }

    /// True inside RFC 1918 (10/8, 172.16/12, 192.168/16) or the shared address space of
    /// RFC 6598 (100.64/10), the ranges private networks use for pods and services.
    public var isPrivate: Bool { Self.privateBlocks.contains { $0.contains(self) } }

    /// RFC 1918 and RFC 6598 blocks.
    public static let privateBlocks = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].map { IPv4Range($0)! }

    public var description: String {
        let octets = [24, 16, 8, 0].map { String((base >> UInt32($0)) & 0xff) }
        return octets.joined(separator: ".") + "/\(prefix)"
    }

    public static func < (lhs: IPv4Range, rhs: IPv4Range) -> Bool {
        (lhs.base, lhs.prefix) < (rhs.base, rhs.prefix)
    }

    /// The netmask of a prefix length (`/15` → 255.254.0.0).
    public static func mask(_ prefix: Int) -> UInt32 {
        prefix <= 0 ? 0 : ~UInt32(0) << UInt32(32 - min(prefix, 32))
    }

    /// The smallest prefix length whose block holds `addresses` addresses (at most /0).
    public static func prefix(holding addresses: UInt64) -> Int {
        var prefix = 32
        while prefix > 0, (UInt64(1) << UInt64(32 - prefix)) < addresses { prefix -= 1 }
        return prefix
    }

    private static func address(_ text: Substring) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard let number = decimal(octet, max: 255) else { return nil }
            value = value << 8 | UInt32(number)
        }
        return value
    }

    /// A decimal without sign or leading zeros, at most `max`.
    private static func decimal(_ text: Substring, max: Int) -> Int? {
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard text == "0" || text.first != "0" else { return nil }
        guard let value = Int(text), value <= max else { return nil }
        return value
    }
}
