import FleetEngine
import FleetModel
import Testing
@testable import FleetTUI

@Suite struct NodeBreakdownTests {
    let plan = CapacityPlan(profile: ClusterProfile(name: "general"), zones: 3)

    @Test(arguments: [NodeBreakdown.Resource.cpu, .memory]) func segmentsAddUpToTheCapacity(_ resource: NodeBreakdown.Resource) {
        let breakdown = NodeBreakdown(resource, of: plan)
        #expect(breakdown.amounts.values.reduce(0, +) == breakdown.capacity)
        #expect(breakdown.amounts[.pods] == Int64(plan.podsPerNode) * (resource == .cpu ? plan.podCPUMillis : plan.podMemoryKi))
    }

    @Test func theLimitingResourceIsMarkedAndHasTheLeastUnused() {
        let cpu = NodeBreakdown(.cpu, of: plan)
        let memory = NodeBreakdown(.memory, of: plan)
        #expect(plan.limitingFactor == .cpu)
        #expect(cpu.isLimiting && !memory.isLimiting)
        #expect(cpu.amounts[.unused]! < plan.podCPUMillis)
        #expect(cpu.amounts[.eviction] == 0)
    }

    @Test func reservationsLargerThanTheNodeLeaveNothingForPods() {
        var profile = ClusterProfile(name: "tiny", node: NodeShape(vcpu: 1, memoryGiB: 1))
        profile.workload.daemonSetMemory = Quantity(parsing: "4Gi")!
        let breakdown = NodeBreakdown(.memory, of: CapacityPlan(profile: profile, zones: 1))
        #expect(breakdown.amounts[.pods] == 0)
        #expect(breakdown.amounts[.unused] == 0)
        #expect(breakdown.amounts.values.reduce(0, +) == breakdown.capacity)
    }

    @Test(arguments: [0, 1, 6, 13, 40, 97]) func widthsFillTheBarExactly(_ width: Int) {
        for resource in [NodeBreakdown.Resource.cpu, .memory] {
            let widths = NodeBreakdown(resource, of: plan).widths(width)
            #expect(widths.count == NodeBreakdown.Segment.allCases.count)
            #expect(widths.reduce(0, +) == width)
            #expect(widths.allSatisfy { $0 >= 0 })
        }
    }

    @Test func everyNonEmptySegmentGetsAColumnWhenThereIsRoom() {
        let widths = NodeBreakdown(.memory, of: plan).widths(40)
        let amounts = NodeBreakdown.Segment.allCases.map { NodeBreakdown(.memory, of: plan).amounts[$0]! }
        for (width, amount) in zip(widths, amounts) where amount > 0 { #expect(width >= 1) }
    }

    @Test func amountsAsText() {
        #expect(NodeBreakdown.text(250, .cpu) == "250m")
        #expect(NodeBreakdown.text(2000, .cpu) == "2")
        #expect(NodeBreakdown.text(1025, .memory) == "2Mi")
    }
}
