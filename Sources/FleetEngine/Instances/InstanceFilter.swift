import FleetModel

/// Which instance types to list: by provider, least vCPU, least memory, and GPUs.
///
/// ```swift
/// let large = InstanceFilter(provider: .gcp, minVCPU: 8).apply(to: catalog)
/// ```
public struct InstanceFilter: Sendable, Equatable {
    public var provider: Provider?
    public var minVCPU: Int
    public var minMemoryGiB: Int
    /// Only types with a GPU (or a share of one).
    public var gpuOnly: Bool

    public init(provider: Provider? = nil, minVCPU: Int = 0, minMemoryGiB: Int = 0, gpuOnly: Bool = false) {
        self.provider = provider
        self.minVCPU = minVCPU
        self.minMemoryGiB = minMemoryGiB
        self.gpuOnly = gpuOnly
    }

    /// Whether one type passes.
    public func matches(_ entry: InstanceType) -> Bool {
        (provider.map { entry.provider == $0 } ?? true)
            && entry.vcpu >= minVCPU && entry.memoryGiB >= minMemoryGiB
            && (!gpuOnly || entry.hasGPU)
    }

    /// The catalog's types that pass, in catalog order.
    ///
    /// - Complexity: O(*n*) for *n* types.
    public func apply(to catalog: InstanceCatalog) -> [InstanceType] {
        catalog.instances.filter(matches)
    }
}
