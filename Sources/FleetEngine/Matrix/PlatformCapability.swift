/// Whether a platform can do one thing a requirement may ask for.
public struct PlatformCapability: Sendable, Equatable, Codable {
    /// The things requirements can ask of a platform.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case onPremises, multiCloud, stateless, stateful, batch, gpu, windows
    }

    /// How well the platform covers it.
    public enum Support: String, Sendable, CaseIterable, Codable {
        /// Fully.
        case yes
        /// With conditions: the platform stays in the running and carries the note as a caveat.
        case partial
        /// Not at all: a requirement for it eliminates the platform.
        case no
    }

    public var capability: Kind
    public var support: Support
    /// The detail, in one line (shown as the elimination reason or the caveat).
    public var note: String
    public var fact: String

    public init(capability: Kind, support: Support, note: String, fact: String) {
        self.capability = capability
        self.support = support
        self.note = note
        self.fact = fact
    }
}
