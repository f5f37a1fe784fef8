import Foundation
import FleetModel

/// One cloud instance type: its shape, its pod limits on AWS, and its list prices.
public struct InstanceType: Sendable, Equatable, Codable {
    public var provider: Provider
    /// The provider's name for it: `m6i.2xlarge`, `n2-standard-8`, `Standard_D8s_v5`.
    public var name: String
    /// The family or series: `m6i`, `n2`, `Dsv5`.
    public var family: String
    public var vcpu: Int
    public var memoryGiB: Int
    /// GPUs as the provider writes them: `0`, `1`, `4`, or a fraction such as `1/6`.
    public var gpus: String
    /// The GPU model when there is one (`nvidia-a10g`, `nvidia-l4`).
    public var gpuModel: String?
    /// `amd64` or `arm64`.
    public var arch: String
    /// The source of vCPU, memory and GPUs.
    public var shapeSource: String
    /// The AWS VPC CNI limits; `nil` on other providers.
    public var eni: ENILimits?
    /// On-demand Linux prices per region.
    public var prices: [RegionalPrice]

    public init(
        provider: Provider, name: String, family: String, vcpu: Int, memoryGiB: Int, gpus: String = "0",
        gpuModel: String? = nil, arch: String = "amd64", shapeSource: String, eni: ENILimits? = nil, prices: [RegionalPrice] = []
    ) {
        self.provider = provider
        self.name = name
        self.family = family
        self.vcpu = vcpu
        self.memoryGiB = memoryGiB
        self.gpus = gpus
        self.gpuModel = gpuModel
        self.arch = arch
        self.shapeSource = shapeSource
        self.eni = eni
        self.prices = prices
    }

    /// The node shape a profile gets from this type.
    public var shape: NodeShape { NodeShape(vcpu: vcpu, memoryGiB: memoryGiB) }

    /// Whether it has a GPU or a share of one.
    public var hasGPU: Bool { gpus != "0" }

    /// The price in a region, if one was read.
    public func price(in region: String) -> RegionalPrice? {
        prices.first { $0.region == region }
    }
}
